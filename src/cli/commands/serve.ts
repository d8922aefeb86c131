import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandArgs } from '../args';
import type { CliIo } from '../io';
import { findBundledApp } from '../serve/app-dir';
import { startStaticServer } from '../serve/static-server';
import { failUsage } from '../usage-error';

/** The default port: the one `url` links to by default (and `npm run preview` uses). */
export const DEFAULT_SERVE_PORT = 4173;

export const SERVE_HELP = `Usage: timeout-chain serve [options]

Serves the app that ships with the CLI on this machine only (127.0.0.1) and prints its URL.
The app runs entirely in the browser and works offline once loaded; Ctrl-C stops the server.
Links from \`timeout-chain url --base <printed URL> <input>...\` open a chain in it.

Options:
  --port <N>     TCP port (default ${DEFAULT_SERVE_PORT}; 0 = any free port)
  --dir <path>   serve another build of the app (a folder with index.html) instead
  -h, --help     show this help

Exit codes: 0 stopped with Ctrl-C, 2 usage error, app not built or port not available.
`;

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

/** `timeout-chain serve`: the bundled app on 127.0.0.1 until Ctrl-C. */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, { port: { type: 'string' }, dir: { type: 'string' } });
  if (!args.ok) return failUsage(io, 'serve', args.error);
  const { values, positionals } = args.value;
  if (values['help']) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  if (positionals.length > 0)
    return failUsage(io, 'serve', `serve takes no inputs (got "${positionals[0]}"); see --help`);
  const portText = typeof values['port'] === 'string' ? values['port'] : String(DEFAULT_SERVE_PORT);
  const port = parsePort(portText);
  if (port === null)
    return failUsage(io, 'serve', `--port: "${portText}" is not a port number 0–65535`);
  const dir = typeof values['dir'] === 'string' ? values['dir'] : findBundledApp();
  if (dir === null || !existsSync(join(dir, 'index.html')))
    return failUsage(
      io,
      'serve',
      dir === null
        ? 'the app is not built; run `npm run build:app` first'
        : `--dir: no index.html in ${dir}`,
    );
  let server;
  try {
    server = await startStaticServer(dir, port);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${port} is in use; choose another with --port N (0 = any free port)`
        : `cannot listen on 127.0.0.1:${port} (${code ?? String(e)})`;
    return failUsage(io, 'serve', why);
  }
  io.stdout(
    `Timeout Chain app: ${server.url}\n` +
      `Open a chain in it: timeout-chain url --base ${server.url} <input>...\n` +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const release = io.onInterrupt?.(() => {
      release?.();
      resolve();
    });
  });
  await server.close();
  io.stderr('timeout-chain serve: stopped\n');
  return 0;
}
