/**
 * A shell parameter written as an option value: `${KEEPALIVE:-2}` / `${KEEPALIVE-2}` (POSIX: the
 * default when the variable is unset, or also when empty with `:`), `${KEEPALIVE:=2}`, or a bare
 * `$KEEPALIVE` / `${KEEPALIVE}` with no default. Undefined when the word is not one parameter.
 */
export interface ShellParameter {
  variable: string;
  /** The default written after `:-`, `-`, `:=` or `=`, if any. */
  fallback?: string;
}

const WITH_DEFAULT = /^\$\{([A-Za-z_]\w*)(?::?[-=])([^{}$]*)\}$/;
const BARE = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/;

export function shellParameter(word: string): ShellParameter | undefined {
  const d = WITH_DEFAULT.exec(word);
  if (d?.[1]) return { variable: d[1], fallback: d[2] ?? '' };
  const b = BARE.exec(word);
  const variable = b?.[1] ?? b?.[2];
  return variable ? { variable } : undefined;
}
