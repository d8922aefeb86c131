import { CHAT_SAFE_URL_CHARS, encodeShareState } from '../../core/share';
import { parseCommandArgs } from '../args';
import { formatDiagnostic } from '../format/diagnostics';
import { loadChainInputs } from '../inputs';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

/** `timeout-chain serve` and `npm run preview` serve the built app here (both on port 4173). */
export const DEFAULT_BASE = 'http://localhost:4173/';

export const URL_HELP = `Usage: timeout-chain url [options] <input>...

Prints the app URL that opens exactly this chain. The chain travels in the URL fragment (#…),
which browsers never send to a server. Inputs as for check (tech:<id>, chain files, configs, -).

Options:
  --base <url>   where the app is served, http: or https: (default ${DEFAULT_BASE}, where
                 timeout-chain serve and npm run preview serve it)
  -h, --help     show this help

Exit codes: 0 printed, 2 usage error or unreadable input.
Example: timeout-chain url --base https://example.github.io/timeout-chain/ edge.chain.yaml
`;

/** `timeout-chain url`: a link to the app showing the chain. */
export async function runUrl(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { base: { type: 'string' } });
  if (!args.ok) return failUsage(io, 'url', args.error);
  const { values, positionals } = args.value;
  if (values['help']) {
    io.stdout(URL_HELP);
    return 0;
  }
  const baseText = typeof values['base'] === 'string' ? values['base'] : DEFAULT_BASE;
  let base: URL;
  try {
    base = new URL(baseText);
  } catch {
    return failUsage(
      io,
      'url',
      `--base: "${baseText}" is not an absolute URL (e.g. https://host/path/)`,
    );
  }
  // The link is pasted into chats and reviews: only a web address may lead it (not javascript:,
  // data: or file:, which would run or open something else than the app).
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    return failUsage(
      io,
      'url',
      `--base must be an http: or https: URL (got "${base.protocol}"), e.g. https://host/path/`,
    );
  base.hash = '';
  if (positionals.length === 0)
    return failUsage(
      io,
      'url',
      'give the chain: tech:<id>, chain files or config files (see --help)',
    );
  const loaded = await loadChainInputs(positionals, io);
  if (!loaded.ok) return failUsage(io, 'url', loaded.error);
  for (const d of loaded.value.diagnostics.filter((x) => x.severity !== 'info'))
    io.stderr(`${formatDiagnostic(d)}\n`);
  for (const n of loaded.value.notes) io.stderr(`note: ${n}\n`);
  const url = `${base.href}#${await encodeShareState(loaded.value.chain)}`;
  if (url.length > CHAT_SAFE_URL_CHARS)
    io.stderr(
      `note: the URL is ${url.length} characters long; some chat tools cut links over ${CHAT_SAFE_URL_CHARS}\n`,
    );
  io.stdout(`${url}\n`);
  return 0;
}
