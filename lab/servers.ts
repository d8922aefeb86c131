/**
 * Real servers for the lab: nginx and HAProxy from the OS packages and a Node `http` server,
 * each on 127.0.0.1 with a free port, in its own temp dir and process group, in the foreground,
 * stopped by process group. They die with the run on every path: stop(), this process exiting or
 * receiving SIGINT/SIGTERM (handlers below), or being killed outright (lab/watchdog.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePortForTest as findFreePort } from '../src/cli/probe/free-port-kit';
import { startWatchdog } from './watchdog';

export const NGINX_BIN = process.env['NGINX_BIN'] ?? '/usr/sbin/nginx';
export const HAPROXY_BIN = process.env['HAPROXY_BIN'] ?? '/usr/sbin/haproxy';

export interface LabServer {
  name: string;
  port: number;
  /** The server's pid, also its process group id. */
  pid: number;
  /** Its temp dir (config, pid file, temp paths), removed by stop(). */
  dir: string;
  /** Output so far, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now: the one helper the unit tests use too. */
export { findFreePortForTest as findFreePort } from '../src/cli/probe/free-port-kit';

/** Resolves once something accepts TCP connections on the port, or rejects after `timeoutMs`. */
async function waitForPort(
  port: number,
  child: ChildProcess,
  log: () => string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${log()}`);
    const up = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not listening on ${port} after ${timeoutMs} ms:\n${log()}`);
}

/** Servers still running, each with its temp dir: cleaned up however this process ends. */
const live = new Map<ChildProcess, string>();

/** Kills a server's whole process group (nginx's workers too); quiet when it is gone already. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function cleanUpAll(): void {
  for (const [child, dir] of live) {
    killGroup(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  live.clear();
}
process.once('exit', cleanUpAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    cleanUpAll();
    process.kill(process.pid, signal); // the handler ran once: now the default action, exit
  });

/** Starts a child in its own process group and waits for its port; stops it if that fails. */
export async function startChild(
  name: string,
  cmd: string,
  args: string[],
  port: number,
  dir: string,
  env?: Record<string, string>,
): Promise<LabServer> {
  // detached: a process group of its own, so one signal reaches the server and its workers.
  const child = spawn(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  if (child.pid === undefined) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${name}: could not start ${cmd}`);
  }
  const pid = child.pid;
  live.set(child, dir);
  const watchdog = startWatchdog(pid, dir);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const log = (): string => output.slice(-4000);
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child, 'SIGKILL'); // workers the master left behind
    rmSync(dir, { recursive: true, force: true });
    live.delete(child);
    watchdog.release();
  };
  try {
    await waitForPort(port, child, log);
  } catch (e) {
    await stop();
    throw new Error(`${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return { name, port, pid, dir, log, stop };
}

/** nginx's temp directories inside the lab server's own dir, and the http-level lines naming them. */
export function nginxTempPaths(dir: string): string {
  const kinds = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const d of kinds) mkdirSync(join(dir, d));
  const lines = kinds.map((d) => `${d === 'body' ? 'client_body' : d}_temp_path ${dir}/${d};`);
  return ['access_log off;', ...lines].map((l) => `  ${l}`).join('\n');
}

export const makeDir = (prefix: string): string =>
  mkdtempSync(join(tmpdir(), `timeout-chain-lab-${prefix}-`));

/** nginx with `keepalive_timeout <s>ms`, answering 200 "ok" itself. */
export async function startNginx(keepaliveMs: number): Promise<LabServer> {
  const dir = makeDir('nginx');
  const port = await findFreePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
events { worker_connections 1024; }
http {
${nginxTempPaths(dir)}
  keepalive_timeout ${keepaliveMs}ms;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:${port};
    location / { return 200 "ok\\n"; }
  }
}
`,
  );
  return startNginxChild(conf, port, dir);
}

/** Runs nginx in the foreground on `conf`, its pid file and logs kept in `dir`. */
export function startNginxChild(conf: string, port: number, dir: string): Promise<LabServer> {
  const global = `daemon off; pid ${dir}/nginx.pid; error_log stderr;`;
  return startChild(
    'nginx',
    NGINX_BIN,
    ['-e', 'stderr', '-p', dir, '-c', conf, '-g', global],
    port,
    dir,
  );
}

/** HAProxy with `timeout http-keep-alive <s>` (and `timeout client`), answering 200 "ok" itself. */
export async function startHaproxy(keepaliveMs: number, clientMs: number): Promise<LabServer> {
  const dir = makeDir('haproxy');
  const port = await findFreePort();
  const conf = join(dir, 'haproxy.cfg');
  writeFileSync(
    conf,
    `global
  maxconn 2000
defaults
  mode http
  timeout connect 1s
  timeout client ${clientMs}ms
  timeout server ${clientMs}ms
  timeout http-keep-alive ${keepaliveMs}ms
frontend lab
  bind 127.0.0.1:${port}
  http-request return status 200 content-type text/plain string ok
`,
  );
  return startChild('haproxy', HAPROXY_BIN, ['-db', '-f', conf], port, dir);
}

/** A Node `http` server in its own process (its event loop apart from the client's). */
export async function startNodeServer(keepAliveTimeoutMs: number): Promise<LabServer> {
  const dir = makeDir('node');
  const port = await findFreePort();
  const script = join(dir, 'server.mjs');
  writeFileSync(
    script,
    `import { createServer } from 'node:http';
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '3' });
  res.end('ok\\n');
});
server.keepAliveTimeout = ${keepAliveTimeoutMs};
server.listen(${port}, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
`,
  );
  return startChild('node', process.execPath, [script], port, dir);
}

export const hasBinary = (path: string): boolean => existsSync(path);

/** The version a binary prints for `-v` (nginx/1.22.1 → 1.22.1), or null. */
export function readBinaryVersion(path: string): string | null {
  const r = spawnSync(path, ['-v'], { encoding: 'utf8', timeout: 5000 });
  const m = /(?:nginx\/|HAProxy version )(\d+(?:\.\d+)+)/.exec(
    `${r.stdout ?? ''}${r.stderr ?? ''}`,
  );
  return m?.[1] ?? null;
}
