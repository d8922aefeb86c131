import { analyzeChain } from '../../core/analysis/engine';
import { decodeLogs } from '../../core/decode/decode';
import { decodeHopsOf, type DecodeHop } from '../../core/decode/hops';
import type { LogInput } from '../../core/decode/types';
import { parseCommandArgs, readChoice } from '../args';
import { loadChainInputs, STDIN_NAME } from '../inputs';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';
import { formatDecodeText } from './decode-text';

export const DECODE_HELP = `Usage: timeout-chain decode [options] [<chain input>... --] <log file>... | -

Reads log lines and error messages and says, per line it recognises: the source, what happened
(which side closed the connection), whether it is the keep-alive race's signature, and which hop
of the chain it points to. Then a summary: counts per hop and per meaning, and with timestamps
the rate per hour and whether failures follow quiet periods.

Sources: nginx error log, AWS ALB access log, Google Cloud load balancer log, Cloudflare 52x,
Envoy/Istio access log (response flags), HAProxy log (termination state), and the errors of Go,
Node.js (http, undici), Java (HttpClient, Reactor Netty, OkHttp, java.net.http), Python
(requests, httpx, aiohttp) and .NET HttpClient.

Give the chain first (tech:<id>, chain files or config files, as for check), then --, then the
logs; without -- every argument is a log and no hop is named. - reads stdin.

Options:
  --format <f>  text (default) or json: { lines: [ { line, source, meaning, race, hop } ], summary }
  -h, --help    show this help

Exit codes: 0 decoded (whatever the lines say), 2 usage error or unreadable input.
Example: timeout-chain decode tech:nginx tech:node-http-server -- /var/log/nginx/error.log
`;

/** Splits `[chain… --] logs…`: options may stand before the --. */
function splitArgs(argv: readonly string[]): { head: string[]; logs: string[] | null } {
  const at = argv.indexOf('--');
  return at < 0
    ? { head: [...argv], logs: null }
    : { head: argv.slice(0, at), logs: argv.slice(at + 1) };
}

async function readLogs(paths: readonly string[], io: CliIo): Promise<LogInput[] | string> {
  const out: LogInput[] = [];
  for (const p of paths) {
    try {
      out.push({ name: p === '-' ? STDIN_NAME : p, text: await io.readFile(p) });
    } catch (e) {
      return `cannot read ${p === '-' ? 'stdin' : p}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return out;
}

/** `timeout-chain decode`: log lines → source, meaning, race signal, hop. */
export async function runDecode(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (m: string): number => failUsage(io, 'decode', m);
  const { head, logs } = splitArgs(argv);
  const args = parseCommandArgs(head, { format: { type: 'string' } });
  if (!args.ok) return fail(args.error);
  const { values: v, positionals } = args.value;
  if (v['help']) {
    io.stdout(DECODE_HELP);
    return 0;
  }
  const format = readChoice(v['format'], ['text', 'json'] as const, 'format');
  if (!format.ok) return fail(format.error);
  const chainInputs = logs === null ? [] : positionals;
  const logPaths = logs ?? positionals;
  if (logPaths.length === 0)
    return fail('give the log files to read (- for stdin), after the chain and -- if any');

  let hops: DecodeHop[] = [];
  if (chainInputs.length > 0) {
    const loaded = await loadChainInputs(chainInputs, io);
    if (!loaded.ok) return fail(loaded.error);
    if (loaded.value.chain.nodes.length < 2)
      return fail('a chain needs at least two nodes (a client side and a server side)');
    hops = decodeHopsOf(analyzeChain(loaded.value.chain));
  }
  const read = await readLogs(logPaths, io);
  if (typeof read === 'string') return fail(read);
  const report = decodeLogs(read, hops);
  if (format.value === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(formatDecodeText(report, chainInputs.length > 0));
  return 0;
}
