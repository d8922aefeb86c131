import { parseStringArray, tokenizeShell, type Token } from './argv';
import { splitLines } from '../../source/lines';
import { composeService, isBlank, lineAt, logicalLines, yamlBlockList } from './lines';
import type { PyProgram } from './options';

/** A gunicorn or uvicorn invocation: the program word, its arguments and the scope it runs in. */
export interface PyCommand {
  program: PyProgram;
  programToken: Token;
  args: Token[];
  /** Compose service, Procfile process, else the program name. */
  scope: string;
  /** Arguments from `GUNICORN_CMD_ARGS` (the command line wins over them). */
  fromEnv?: boolean;
  /** In a compose file's service: Compose, not a shell, expands its `${VAR:-x}`. */
  compose?: boolean;
}

const PROGRAMS = new Set<string>(['gunicorn', 'uvicorn']);
/** Words that make a later `gunicorn` an argument, not the program (`pip install gunicorn`). */
const NOT_LAUNCHERS = new Set([
  'pip',
  'pip3',
  'install',
  'add',
  'uninstall',
  'remove',
  'apt-get',
  'apt',
  'apk',
  'yum',
  'dnf',
  'echo',
  'printf',
  'which',
  'whereis',
  'kill',
  'pkill',
  'killall',
  'pgrep',
  'grep',
  'cat',
  'rm',
  'cp',
  'mv',
  'ls',
  'test',
  '[',
  'type',
  'command',
  'hash',
  'ps',
  'show',
  'freeze',
  'pipx',
]);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const DOCKER = /^\s*(RUN|CMD|ENTRYPOINT)\s+/i;
const KEY_VALUE = /^\s*(?:-\s+)?([\w.-]+)\s*:\s+(?=\S)/;
const ENV_ARGS = /(?<![$\w{])GUNICORN_CMD_ARGS(?:[ \t]*[=:][ \t]*|[ \t]+(?=["']?-))/g;

const baseName = (word: string) => word.slice(word.lastIndexOf('/') + 1);

/** Every gunicorn/uvicorn command line in a Dockerfile, Procfile, compose file or shell script. */
export function findCommands(text: string): PyCommand[] {
  const lines = splitLines(text);
  const out: PyCommand[] = [];
  let entrypoint: PyCommand | undefined;
  let keyedCommand: { cmd: PyCommand; last: number } | undefined;
  let skipUntil = -1;
  /** Kubernetes `command:` then `args:`: the args belong to the command above. */
  const attach = (
    key: string | undefined,
    found: PyCommand[],
    words: Token[],
    first: number,
    last: number,
  ) => {
    if (found.length === 0 && key === 'args' && keyedCommand && first - keyedCommand.last <= 2)
      found.push({ ...keyedCommand.cmd, args: [...keyedCommand.cmd.args, ...words] });
    if ((key === 'command' || key === 'entrypoint') && found[0])
      keyedCommand = { cmd: found[0], last };
    out.push(...found);
  };
  for (const { line, first, last } of logicalLines(text, lines)) {
    if (first <= skipUntil || isBlank(text, line)) continue;
    const service = composeService(text, lines, first);
    const list = yamlBlockList(text, lines, first);
    if (list) {
      skipUntil = list.last;
      const tokens = list.items.flatMap((item) =>
        list.folded
          ? tokenizeShell(text, item.start, item.end)
          : unquoteItem(text, item.start, item.end),
      );
      attach(
        list.key,
        inService(commandsIn(text, tokens, service), service),
        tokens,
        first,
        list.last,
      );
      continue;
    }
    const body = text.slice(line.start, line.end);
    const docker = DOCKER.exec(body);
    const keyed = docker ? undefined : KEY_VALUE.exec(body);
    const prefix = docker?.[0] ?? keyed?.[0] ?? '';
    const start = line.start + prefix.length;
    const tokens =
      text[start] === '['
        ? parseStringArray(text, start, line.end)
        : tokenizeShell(text, start, line.end);
    const whole =
      tokens.length === 1 && tokens[0]?.innerStart !== undefined ? tokens[0] : undefined;
    const words = whole ? tokenizeShell(text, whole.innerStart ?? 0, whole.end - 1) : tokens;
    const scope =
      service ??
      (keyed && !/^(?:command|entrypoint|args)$/.test(keyed[1] ?? '') ? keyed[1] : undefined);
    const found = inService(commandsIn(text, words, scope), service);
    const instruction = docker?.[1]?.toUpperCase();
    if (instruction === 'ENTRYPOINT') entrypoint = found[0];
    if (instruction === 'CMD' && found.length === 0 && entrypoint && text[start] === '[')
      found.push({ ...entrypoint, args: [...entrypoint.args, ...words] });
    attach(keyed?.[1], found, words, first, last);
  }
  return [...out, ...findEnvArgs(text, lines)];
}

/** A YAML list item as one word (quotes removed). */
function unquoteItem(text: string, start: number, end: number): Token[] {
  const raw = text.slice(start, end);
  const q = raw[0];
  if ((q === '"' || q === "'") && raw.endsWith(q) && raw.length >= 2)
    return [{ text: raw.slice(1, -1), start, end, innerStart: start + 1 }];
  return [{ text: raw, start, end }];
}

/** Splits words at `&&`, `;`, … and returns the gunicorn/uvicorn commands among them. */
/** Marks the commands of a compose service as such. */
const inService = (found: PyCommand[], service: string | undefined): PyCommand[] =>
  service === undefined ? found : found.map((c) => ({ ...c, compose: true }));

function commandsIn(
  text: string,
  words: readonly Token[],
  scope: string | undefined,
  depth = 0,
): PyCommand[] {
  const out: PyCommand[] = [];
  let current: Token[] = [];
  const flush = () => {
    const i = programIndex(current);
    const program = current[i];
    if (program) {
      const name = baseName(program.text) as PyProgram;
      out.push({
        program: name,
        programToken: program,
        args: current.slice(i + 1),
        scope: scope ?? name,
      });
    } else if (depth < 3) {
      // `sh -c "gunicorn …"`: the command is inside the string.
      const shell = current.findIndex((t) => SHELLS.has(baseName(t.text)));
      const c = current.findIndex((t, k) => k > shell && t.text === '-c');
      const script = current[c + 1];
      if (shell >= 0 && c > shell && script?.innerStart !== undefined)
        out.push(
          ...commandsIn(
            text,
            tokenizeShell(text, script.innerStart, script.end - 1),
            scope,
            depth + 1,
          ),
        );
    }
    current = [];
  };
  for (const w of words) {
    if (w.op) flush();
    else current.push(w);
  }
  flush();
  return out;
}

function programIndex(words: readonly Token[]): number {
  for (let i = 0; i < words.length; i++) {
    const base = baseName(words[i]?.text ?? '');
    if (NOT_LAUNCHERS.has(base)) return -1;
    if (PROGRAMS.has(base)) return i;
  }
  return -1;
}

/** `ENV GUNICORN_CMD_ARGS="--keep-alive 75"`, `GUNICORN_CMD_ARGS: …`, `export GUNICORN_CMD_ARGS=…`. */
function findEnvArgs(text: string, lines: ReturnType<typeof splitLines>): PyCommand[] {
  const out: PyCommand[] = [];
  ENV_ARGS.lastIndex = 0;
  for (let m = ENV_ARGS.exec(text); m; m = ENV_ARGS.exec(text)) {
    const start = m.index + m[0].length;
    const lineIndex = lineAt(lines, m.index);
    const line = lines[lineIndex];
    if (!line) continue;
    let end = line.end;
    const q = text[start];
    if (q === '"' || q === "'") {
      const close = text.indexOf(q, start + 1);
      end = close > 0 && close < line.end ? close : line.end;
    } else if (/["']\s*$/.test(text.slice(start, end)))
      end = text.lastIndexOf(text.slice(start, end).trim().slice(-1), end);
    const from = q === '"' || q === "'" ? start + 1 : start;
    const name = 'GUNICORN_CMD_ARGS';
    out.push({
      program: 'gunicorn',
      programToken: { text: name, start: m.index, end: m.index + name.length },
      args: tokenizeShell(text, from, Math.max(from, end)),
      scope: composeService(text, lines, lineIndex) ?? 'gunicorn',
      fromEnv: true,
    });
  }
  return out;
}
