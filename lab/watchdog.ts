/**
 * Servers die with the lab run, however it ends. Each server runs in its own process group with a
 * watchdog process beside it (watchdog-process.mjs) that holds a pipe from this process: when this
 * process exits or is killed — SIGKILL, the OOM killer — the pipe closes, and the watchdog kills
 * the server's group and removes its temp dir. On a normal stop the pipe is closed on purpose.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./watchdog-process.mjs', import.meta.url));

export interface Watchdog {
  /** Tells the watchdog the server is stopped: it makes sure, removes the dir and exits. */
  release(): void;
}

/** Starts the watchdog of the server `pid` (a process group leader) and its temp dir. */
export function startWatchdog(pid: number, dir: string): Watchdog {
  const w = spawn(process.execPath, [SCRIPT, String(process.pid), String(pid), dir], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // Neither the watchdog nor its pipe may keep this process alive.
  w.unref();
  const pipe = w.stdin as unknown as {
    unref(): void;
    end(): void;
    on(e: 'error', f: () => void): void;
  };
  pipe.on('error', () => {});
  pipe.unref();
  return { release: () => pipe.end() };
}
