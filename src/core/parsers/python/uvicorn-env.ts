import type { CodeScan } from '../code/scan';
import type { PyCommand } from './commands';
import { splitLines } from '../../source/lines';
import { composeService, lineAt } from './lines';
import { commandLineValue } from './shell-value';
import type { PySetting } from './options';
import type { PyWrites } from './writes';

/*
 * uvicorn's command line reads every option from a UVICORN_-prefixed environment variable as well
 * (uvicorn docs, Settings: "Use environment variables with the prefix UVICORN_ … CLI options and
 * the arguments for uvicorn.run() take precedence over environment variables"): so
 * `ENV UVICORN_TIMEOUT_KEEP_ALIVE=65` then `CMD ["uvicorn", …]` runs with 65 s. It does not reach
 * uvicorn.run() (its arguments are read from code) nor gunicorn's UvicornWorker (gunicorn's
 * keepalive applies there).
 */

const NAME = 'UVICORN_TIMEOUT_KEEP_ALIVE';
const SETTING: PySetting = { tech: 'uvicorn', key: 'timeout_keep_alive', kind: 'seconds' };

/** `ENV NAME=65`, `ENV NAME 65`, `export NAME=65`, `NAME: "65"`, `- NAME=65`. */
const assigned = (name: string) =>
  new RegExp(
    String.raw`(?:^|[\s"'-])(?:ENV[ \t]+|export[ \t]+)?(${name})(?:[ \t]*[=:][ \t]*|[ \t]+(?=["']?[\d$]))(["']?)([^\s"']+)`,
    'gm',
  );
/** Kubernetes `- name: NAME` then `value: "65"`. */
const nameValue = (name: string) =>
  new RegExp(
    String.raw`\bname:[ \t]*["']?(${name})["']?[ \t]*\r?\n[ \t]*value:[ \t]*(["']?)([^\s"']+)`,
    'g',
  );

/** One assignment of a UVICORN_ variable: where its name and value stand, and for which commands. */
export interface UvicornEnvAssignment {
  nameAt: number;
  value: { start: number; end: number };
  /** The uvicorn commands it reaches: all, or those of its compose service. */
  commands: PyCommand[];
}

/** Where the UVICORN_ variable `name` is set for the given uvicorn command lines. */
export function uvicornEnvAssignments(
  scan: CodeScan,
  name: string,
  uvicorn: readonly PyCommand[],
): UvicornEnvAssignment[] {
  if (uvicorn.length === 0 || !scan.masked.includes(name)) return [];
  const lines = splitLines(scan.masked);
  const out: UvicornEnvAssignment[] = [];
  for (const re of [assigned(name), nameValue(name)])
    for (const m of scan.matches(re)) {
      const nameAt = m.index + m[0].indexOf(name);
      const word = m[3] ?? '';
      const start = m.index + m[0].length - word.length;
      const service = composeService(scan.masked, lines, lineAt(lines, nameAt));
      const commands = uvicorn.filter(
        (cmd) => cmd.compose !== true || service === undefined || service === cmd.scope,
      );
      out.push({ nameAt, value: { start, end: start + word.length }, commands });
    }
  return out;
}

/** For each uvicorn command line without --timeout-keep-alive: UVICORN_TIMEOUT_KEEP_ALIVE. */
export function readUvicornEnv(scan: CodeScan, writes: PyWrites, commands: PyCommand[]): void {
  const uvicorn = commands.filter(
    (c) =>
      c.program === 'uvicorn' && !c.args.some((a) => a.text.startsWith('--timeout-keep-alive')),
  );
  for (const a of uvicornEnvAssignments(scan, NAME, uvicorn))
    for (const cmd of a.commands) {
      const word = scan.masked.slice(a.value.start, a.value.end);
      const value = commandLineValue(scan, NAME, SETTING.kind, { text: word, ...a.value });
      if (value === undefined) continue;
      writes.add({
        setting: SETTING,
        scope: cmd.scope,
        value,
        offset: a.nameAt,
        written: NAME,
        fromEnv: true,
      });
      scan.report(
        'PY_UVICORN_ENV',
        'info',
        `uvicorn's command line reads ${NAME} when --timeout-keep-alive is not given (uvicorn.run() does not).`,
        a.nameAt,
        a.nameAt + NAME.length,
      );
    }
}
