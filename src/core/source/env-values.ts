/** An environment variable's value as one of the given files sets it. */
export interface EnvValue {
  file: string;
  value: string;
  /** 1-based line of the assignment. */
  line: number;
}

const escape = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '');

/** `ENV NAME=v`, `export NAME=v`, `NAME=v` (.env), compose `NAME: v` and `- NAME=v`. */
const assigned = (name: string) =>
  new RegExp(
    String.raw`(?:^|[ \t"'-])(?:(?:ENV|export)[ \t]+)?${name}[ \t]*[=:][ \t]*(["']?)([^\s"'#]*)`,
    'gm',
  );
/** A Dockerfile's older `ENV NAME v`. */
const envSpaced = (name: string) =>
  new RegExp(String.raw`^[ \t]*ENV[ \t]+${name}[ \t]+(["']?)([^\s"'#]*)`, 'gm');
/** Kubernetes `- name: NAME` then `value: v` on the next line. */
const nameValue = (name: string) =>
  new RegExp(
    String.raw`\bname:[ \t]*["']?${name}["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"'#]*)`,
    'g',
  );

const lineOf = (text: string, at: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * Where one of `files` sets the environment variable `name` to a literal value: a Dockerfile, a
 * compose file, a `.env` file, a shell script or a Kubernetes manifest given together. A value
 * that is itself a variable (`${OTHER}`) is not a literal. The first file that sets it wins.
 */
export function findEnvValue(
  files: readonly { name: string; text: string }[],
  name: string,
): EnvValue | undefined {
  const safe = escape(name);
  if (safe === '') return undefined;
  for (const f of files) {
    if (!f.text.includes(safe)) continue;
    for (const re of [assigned(safe), envSpaced(safe), nameValue(safe)])
      for (const m of f.text.matchAll(re)) {
        const value = m[2] ?? '';
        if (value === '' || value.includes('$')) continue;
        return { file: f.name, value, line: lineOf(f.text, m.index) };
      }
  }
  return undefined;
}
