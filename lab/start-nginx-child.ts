/**
 * For lab/cleanup.lab.test.ts: a process that starts a real nginx through the lab's server code,
 * prints `{ pid, dir, port }` as one JSON line, and idles until it is killed.
 */
import { startNginx } from './servers';

const server = await startNginx(1000);
process.stdout.write(
  `${JSON.stringify({ pid: server.pid, dir: server.dir, port: server.port })}\n`,
);
setInterval(() => {}, 60_000);
