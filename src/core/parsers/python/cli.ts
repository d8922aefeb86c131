import type { CodeScan } from '../code/scan';
import { findCommands, type PyCommand } from './commands';
import { noteRecycling, noteUvicornLimitEnv } from './recycling';
import { findOptions } from './options';
import { commandLineValue } from './shell-value';
import { readUvicornEnv } from './uvicorn-env';
import type { PyWrites } from './writes';

/**
 * gunicorn and uvicorn command lines (and GUNICORN_CMD_ARGS, UVICORN_TIMEOUT_KEEP_ALIVE) → values;
 * per-process request limits (--max-requests, --limit-max-requests) noted (recycling.ts). Under gunicorn's
 * UvicornWorker the node stays a gunicorn node: gunicorn's keepalive is the idle timeout that
 * applies (uvicorn's --timeout-keep-alive is replaced), which the gunicorn catalog resolves from
 * worker_class; an info diagnostic says so.
 */
export function extractCommandLines(scan: CodeScan, writes: PyWrites): PyCommand[] {
  const commands = findCommands(scan.masked);
  for (const cmd of commands) {
    writes.node(cmd.program, cmd.scope, cmd.programToken.start);
    noteRecycling(scan, cmd);
    for (const opt of findOptions(cmd.program, cmd.args)) {
      if (opt.correct) {
        scan.report(
          'PY_UNKNOWN_OPTION',
          'warning',
          `${cmd.program} has no ${opt.name} option (it refuses to start); the setting is ${opt.correct}.`,
          opt.flag.start,
          opt.flag.end,
        );
        continue;
      }
      if (!opt.setting) continue;
      if (!opt.value) {
        scan.report(
          'PY_MISSING_OPTION_VALUE',
          'warning',
          `${opt.name} needs a value.`,
          opt.flag.start,
          opt.flag.end,
        );
        continue;
      }
      const value = commandLineValue(scan, opt.name, opt.setting.kind, opt.value, cmd.compose);
      if (value === undefined) continue;
      writes.add({
        setting: opt.setting,
        scope: cmd.scope,
        value,
        offset: opt.flag.start,
        written: writtenAs(scan.text, opt.flag.start, opt.name),
        fromEnv: cmd.fromEnv === true,
      });
      if (opt.setting.key === 'worker_class' && cmd.program === 'gunicorn')
        if (typeof value === 'string') noteUvicornWorker(scan, value, opt.flag.start, opt.flag.end);
    }
  }
  readUvicornEnv(scan, writes, commands);
  noteUvicornLimitEnv(scan, commands);
  return commands;
}

/** gunicorn -k uvicorn.workers.UvicornWorker: gunicorn's keepalive (default 2 s) applies. */
export function noteUvicornWorker(
  scan: CodeScan,
  workerClass: string,
  start: number,
  end: number,
): void {
  if (!/uvicorn/i.test(workerClass)) return;
  scan.report(
    'PY_UVICORN_UNDER_GUNICORN',
    'info',
    "uvicorn runs as gunicorn's UvicornWorker: gunicorn's keepalive (default 2 s) is the idle timeout, uvicorn's timeout_keep_alive is not used.",
    start,
    end,
  );
}

/**
 * The option as it stands in the file: its name, or — when shell quoting split it
 * (`-'k'uvicorn.workers.UvicornWorker`) — the source word there, up to a blank or the line end.
 */
function writtenAs(text: string, start: number, name: string): string {
  if (text.startsWith(name, start)) return name;
  let end = start;
  while (end < text.length && !/\s/.test(text[end] ?? ' ')) end++;
  return text.slice(start, end).trimEnd();
}
