/** An environment variable's value as one of the given files sets it. */
export interface EnvValue {
  file: string;
  value: string;
  /** 1-based line of the assignment. */
  line: number;
}

/**
 * Assignments of upper-case names: `ENV NAME=v`, `export NAME=v`, `NAME=v` (.env), compose
 * `NAME: v` and `- NAME=v`, a Dockerfile's older `ENV NAME v`, and Kubernetes `- name: NAME`
 * with `value: v` on the next line; the value unquoted, up to a blank or a comment.
 */
const ASSIGNED =
  /(?:^|[ \t"'-])(?:(?:ENV|export)[ \t]+)?([A-Z_][A-Z0-9_]*)[ \t]*[=:][ \t]*(["']?)([^\s"'#]*)/gm;
const ENV_SPACED = /^[ \t]*ENV[ \t]+([A-Z_][A-Z0-9_]*)[ \t]+(["']?)([^\s"'#]*)/gm;
const NAME_VALUE =
  /\bname:[ \t]*["']?([A-Z_][A-Z0-9_]*)["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"'#]*)/g;

/**
 * The environment variables the given files set to literal values — a Dockerfile, a compose
 * file, a `.env` file, a shell script, a Kubernetes manifest — read in one pass over each file.
 * A value that is itself a variable (`${OTHER}`) is not a literal. The first file that sets a
 * name wins (then the first assignment in it).
 */
export function indexEnvValues(
  files: readonly { name: string; text: string }[],
): ReadonlyMap<string, EnvValue> {
  const out = new Map<string, EnvValue>();
  for (const f of files) {
    const found: { at: number; name: string; value: string }[] = [];
    for (const re of [ASSIGNED, ENV_SPACED, NAME_VALUE])
      for (const m of f.text.matchAll(re)) {
        const value = m[3] ?? '';
        if (value !== '' && !value.includes('$'))
          found.push({ at: m.index, name: m[1] ?? '', value });
      }
    found.sort((a, b) => a.at - b.at);
    let line = 1;
    let counted = 0;
    for (const { at, name, value } of found) {
      // Lines counted once, forward, for all the assignments of the file.
      for (
        let i = f.text.indexOf('\n', counted);
        i >= 0 && i < at;
        i = f.text.indexOf('\n', i + 1)
      ) {
        line++;
        counted = i + 1;
      }
      if (!out.has(name)) out.set(name, { file: f.name, value, line });
    }
  }
  return out;
}
