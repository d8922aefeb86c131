import { compareWithModel } from '../../core/probe/compare';
import { formatProbeText } from '../../core/probe/format-text';
import { findReachedServer } from '../../core/probe/reached-server';
import { toProbeJson } from '../../core/probe/report';
import type { ExpectComparison, ModelledServer } from '../../core/probe/types';
import { err, ok, type Result } from '../../core/model/result';
import { parseCommandArgs, readChoice } from '../args';
import { loadChainInputs } from '../inputs';
import type { CliIo } from '../io';
import { probeServer } from '../probe/measure';
import { readProbeFlags } from '../probe/options';
import { startProgress } from '../probe/progress';
import { readTarget } from '../probe/target';
import { failUsage } from '../usage-error';

export const PROBE_HELP = `Usage: timeout-chain probe [options] <url>

Measures a live server's keep-alive idle timeout: opens one HTTP/1.1 connection, sends a request,
reads the response (status, Connection, Keep-Alive: timeout=…, max=…), then stays idle until the
server closes the connection (FIN or RST) or --max-wait passes. What it measures is the idle
timeout of the nearest hop that terminates HTTP: through a load balancer you measure the load
balancer, not the app behind it.

Options:
  --max-wait <duration>  how long to wait idle for the close (default 10min)
  --requests <n>         requests on the connection first, to find the request cap (the response
                         that carries Connection: close); default 1
  --method <m>           request method (default GET)
  --path <p>             request path (default: the URL's path and query)
  --header <h>           an extra request header "Name: value" (repeatable)
  --insecure             https: accept any certificate (self-signed test servers)
  --expect <input>       compare with the chain's model of the node the URL reaches (the first
                         node that serves): tech:<id>, a chain file or config files (repeatable)
  --format <f>           text (default) or json
  -h, --help             show this help

Exit codes: 0 measured, 1 no close within --max-wait, 2 usage or connection error,
            130 interrupted (Ctrl-C; the socket is closed first).
Example: timeout-chain probe --max-wait 2m --expect nginx.conf http://127.0.0.1:8080/
`;

/** Exit code after Ctrl-C: 128 + SIGINT, as shells report it. */
export const INTERRUPTED_EXIT = 130;

async function loadModel(inputs: string[], io: CliIo): Promise<Result<ModelledServer | null>> {
  if (inputs.length === 0) return ok(null);
  const loaded = await loadChainInputs(inputs, io);
  if (!loaded.ok) return err(`--expect: ${loaded.error}`);
  const model = findReachedServer(loaded.value.chain);
  return model ? ok(model) : err('--expect: no node of that chain serves HTTP (only clients)');
}

/** `timeout-chain probe`: measures a live server's idle timeout, hint and request cap. */
export async function runProbe(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (m: string): number => failUsage(io, 'probe', m);
  const args = parseCommandArgs(argv, {
    'max-wait': { type: 'string' },
    requests: { type: 'string' },
    method: { type: 'string' },
    path: { type: 'string' },
    header: { type: 'string', multiple: true },
    insecure: { type: 'boolean' },
    expect: { type: 'string', multiple: true },
    format: { type: 'string' },
  });
  if (!args.ok) return fail(args.error);
  if (args.value.values['help']) {
    io.stdout(PROBE_HELP);
    return 0;
  }
  const format = readChoice(args.value.values['format'], ['text', 'json'] as const, 'format');
  if (!format.ok) return fail(format.error);
  const flags = readProbeFlags(args.value);
  if (!flags.ok) return fail(flags.error);
  const [url, ...extra] = args.value.positionals;
  if (url === undefined) return fail('give the URL to probe, e.g. http://127.0.0.1:8080/');
  if (extra.length > 0) return fail(`one URL at a time (also got "${extra[0] ?? ''}")`);
  const target = readTarget(url);
  if (!target.ok) return fail(target.error);
  const model = await loadModel(args.value.lists['expect'] ?? [], io);
  if (!model.ok) return fail(model.error);

  const { request, maxWaitMs, requests, insecure } = flags.value;
  const abort = new AbortController();
  const release = io.onInterrupt?.(() => abort.abort());
  const progress = startProgress(io, maxWaitMs);
  const outcome = await probeServer({
    target: target.value,
    request: { ...request, path: request.path ?? target.value.path },
    insecure,
    requests,
    maxWaitMs,
    onProgress: progress.show,
    signal: abort.signal,
  }).finally(() => {
    progress.clear();
    release?.();
  });
  if (outcome.kind === 'interrupted') {
    io.stderr('timeout-chain probe: interrupted; the connection is closed\n');
    return INTERRUPTED_EXIT;
  }
  if (outcome.kind === 'error') return fail(outcome.message);
  const m = outcome.measurement;
  const expect: ExpectComparison | undefined = model.value
    ? compareWithModel(m, model.value)
    : undefined;
  const report = toProbeJson(m, expect);
  io.stdout(
    format.value === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatProbeText(report),
  );
  return m.closedBy === 'none' ? 1 : 0;
}
