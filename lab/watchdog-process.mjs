// One per lab server, started by lab/watchdog.ts. When the test process is gone — its end of our
// stdin closes (it exited or was killed, even by SIGKILL) or its pid stops existing — this kills
// the server's process group and removes its temp dir, then exits.
// Usage: node watchdog-process.mjs <test process pid> <server pid = its process group> <dir>
import { rmSync } from 'node:fs';

const [parentPid, serverPid, dir] = process.argv.slice(2).map(String);

function cleanUp() {
  for (const target of [-Number(serverPid), Number(serverPid)]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// A Ctrl-C reaches the whole foreground process group: outlive the test process, then clean up.
process.on('SIGINT', () => {});
process.on('SIGTERM', cleanUp);
process.stdin.on('end', cleanUp);
process.stdin.on('close', cleanUp);
process.stdin.on('error', cleanUp);
process.stdin.resume();
setInterval(() => {
  try {
    process.kill(Number(parentPid), 0);
  } catch {
    cleanUp();
  }
}, 250);
