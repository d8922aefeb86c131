import { findCloseMatches } from '../core/chain-file';
import { COMMANDS } from './commands';
import type { CliIo } from './io';
import { failUsage } from './usage-error';
import { VERSION } from '../core/report/version';
import { ownEntry } from '../core/model/own-entry';

function describeTopLevel(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return [
    'timeout-chain — find keep-alive timeout ordering mistakes along a request chain',
    '',
    'Usage: timeout-chain <command> [options] <input>...',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show help (also: timeout-chain <command> --help)',
    '  -V, --version  print the version',
    '',
    'Exit codes: 0 ok, 1 findings at or above --fail-on (check) or errors in files (extract),',
    '            2 usage error or unreadable input. Docs: docs/cli.md',
    '',
  ].join('\n');
}

/**
 * Runs the command line: `argv` without the node and script paths. Returns the exit code.
 * Never throws: an unexpected failure becomes one line on stderr and exit code 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = rest[0];
      if (topic !== undefined && ownEntry(COMMANDS, topic))
        return await COMMANDS[topic]!.run(['--help'], io);
      io.stdout(describeTopLevel());
      return 0;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (first === undefined)
      return failUsage(
        io,
        '',
        `missing command (${Object.keys(COMMANDS).join(', ')}); see timeout-chain --help`,
      );
    const command = ownEntry(COMMANDS, first);
    if (!command) {
      const close = findCloseMatches(first, Object.keys(COMMANDS));
      const hint = close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : '';
      return failUsage(io, '', `unknown command "${first}"${hint}; see timeout-chain --help`);
    }
    return await command.run(rest, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return failUsage(io, '', `internal error: ${message.split('\n')[0] ?? ''}`);
  }
}
