import { perContext } from '../per-context';
import type { SettingInput } from '../../model/chain';
import type { ExtractedNode, SourceFile } from '../types';
import { maskCode } from '../code/mask';
import { findCommands, type PyCommand } from './commands';

/*
 * gunicorn reads a configuration file before its command line (docs, "Configuration Overview":
 * config file < GUNICORN_CMD_ARGS < command line): `-c FILE` / `--config FILE`, else
 * `./gunicorn.conf.py` in the working directory. When that file is given too, its settings are
 * the command's base, and the file itself is not another gunicorn.
 */

const DEFAULT_CONFIG = 'gunicorn.conf.py';
/** Files that hold command lines (not code that merely mentions gunicorn). */
const COMMAND_FILE =
  /^(?:Dockerfile|Containerfile|Procfile)[^/]*$|\.(?:sh|bash|ya?ml|env)$|^[^.]+$/i;
const baseName = (path: string) =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** The configuration file a gunicorn command loads (its base name). */
export function configFileOf(cmd: PyCommand): string {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]?.text ?? '';
    if (word === '-c' || word === '--config') return baseName(args[i + 1]?.text ?? '');
    if (word.startsWith('--config=')) return baseName(word.slice('--config='.length));
    if (word.startsWith('-c') && word.length > 2 && !word.startsWith('--'))
      return baseName(word.slice(2));
  }
  return DEFAULT_CONFIG;
}

/** The given file that is `name` (by base name), if any. */
const findFile = (files: readonly SourceFile[], name: string) =>
  name === '' ? undefined : files.find((f) => baseName(f.name) === name);

/**
 * Gives each gunicorn node of a command line the settings of the configuration file it loads,
 * where the command line (or GUNICORN_CMD_ARGS) does not set them.
 */
export function withConfigFile(
  nodes: ExtractedNode[],
  commands: readonly PyCommand[],
  files: readonly SourceFile[],
  readConfig: (file: SourceFile) => ExtractedNode[],
): ExtractedNode[] {
  const bases = new Map<string, Record<string, SettingInput>>();
  for (const cmd of commands) {
    if (cmd.program !== 'gunicorn' || cmd.fromEnv === true || bases.has(cmd.scope)) continue;
    const file = findFile(files, configFileOf(cmd));
    const conf = file ? readConfig(file).find((n) => n.tech === 'gunicorn') : undefined;
    if (conf) bases.set(cmd.scope, conf.settings);
  }
  if (bases.size === 0) return nodes;
  return nodes.map((n) => {
    const base = n.tech === 'gunicorn' ? bases.get(n.scope) : undefined;
    return base ? { ...n, settings: { ...base, ...n.settings } } : n;
  });
}

/**
 * For the files given together: each configuration file name a gunicorn command loads, and the
 * command files that load it, in order (read once per import, not once per file).
 */
const loadersOf = perContext((files) => {
  const out = new Map<string, string[]>();
  for (const other of files) {
    if (!COMMAND_FILE.test(baseName(other.name)) || !/gunicorn/.test(other.text)) continue;
    for (const c of findCommands(maskCode(other.text, 'shell'))) {
      if (c.program !== 'gunicorn' || c.fromEnv === true) continue;
      const name = configFileOf(c);
      const loaders = out.get(name) ?? [];
      // A file's commands come together: its name is the last one when already listed.
      if (loaders[loaders.length - 1] !== other.name) loaders.push(other.name);
      out.set(name, loaders);
    }
  }
  return out;
});

/** The other given file whose gunicorn command loads `file` as its configuration, if any. */
export function loadedBy(file: SourceFile, files: readonly SourceFile[]): string | undefined {
  return loadersOf(files)
    .get(baseName(file.name))
    ?.find((name) => name !== file.name);
}
