import type { SourceFile } from '../../core/parsers/types';
import { parseCommandArgs, readChoice } from '../args';
import { importFiles } from '../../core/import/import-files';
import { createIdleResolver } from '../extract/effective-idle';
import { listFile, writeJsonPieces } from '../extract/list-file';
import { formatExtractText } from '../extract/text';
import { STDIN_NAME } from '../inputs';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

export const EXTRACT_HELP = `Usage: timeout-chain extract [options] <file>...

Reads config files, detects each format and prints the keep-alive settings found: every value
written (with its line) and the effective idle timeouts that were not written (default/fallback).
Files given together are parsed together (nginx include).

Options:
  --format <f>   json (default) or text
  --pretty       indent the JSON even when stdout is not a terminal (it is compact when piped:
                 a large config yields megabytes)
  -h, --help     show this help

  -              read a file from stdin

Exit codes: 0 all files read cleanly, 1 some file has error diagnostics (including an unknown
format), 2 usage error or unreadable file.
Example: timeout-chain extract --format text nginx.conf
`;

/** `timeout-chain extract`: what each config file sets, and the defaults it leaves in force. */
export async function runExtract(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {
    format: { type: 'string' },
    pretty: { type: 'boolean' },
  });
  if (!args.ok) return failUsage(io, 'extract', args.error);
  if (args.value.values['help']) {
    io.stdout(EXTRACT_HELP);
    return 0;
  }
  const format = readChoice(args.value.values['format'], ['json', 'text'] as const, 'format');
  if (!format.ok) return failUsage(io, 'extract', format.error);
  const names = args.value.positionals;
  if (names.length === 0)
    return failUsage(io, 'extract', 'give one or more config files (- for stdin)');
  const files: SourceFile[] = [];
  for (const name of names) {
    try {
      const text = await io.readFile(name);
      files.push({ name: name === '-' ? STDIN_NAME : name, text });
    } catch (e) {
      return failUsage(
        io,
        'extract',
        `cannot read ${name === '-' ? 'stdin' : name}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }
  const resolve = createIdleResolver();
  const imported = importFiles(files).files;
  const pretty = io.isTty || args.value.values['pretty'] === true;
  if (format.value === 'json' && !pretty) writeJsonPieces(imported, resolve, io);
  else {
    const results = imported.map((f) => listFile(f, resolve));
    io.stdout(
      format.value === 'json'
        ? `${JSON.stringify({ files: results }, null, 2)}\n`
        : formatExtractText(results),
    );
  }
  return imported.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
