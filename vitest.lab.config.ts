import { defineConfig } from 'vitest/config';

/**
 * `npm run test:lab`: the race model against real nginx, HAProxy and Node servers (lab/).
 * One file at a time in one worker, so the servers' timers and the client's sockets do not
 * compete with other test files for the CPU; each test bounds its own time, the whole run
 * stays under three minutes.
 */
export default defineConfig({
  test: {
    include: ['lab/**/*.lab.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 30_000,
    teardownTimeout: 10_000,
  },
});
