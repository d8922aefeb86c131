import { describe, expect, it } from 'vitest';
import { judgeHint } from './hint-agreement';

describe('judgeHint: whole-second hints, rounded down by the server', () => {
  it.each([
    [2000, 2000, 'agrees'], // nginx keepalive_timeout 2s 2s
    [2500, 2000, 'agrees'], // keepalive_timeout 2500ms 2s: nginx writes %T, whole seconds
    // Node ≥ 20.18: keepAliveTimeout 1000 + 1 s buffer closes at 2 s, advertising 1: on the edge
    // of the rounding (a server with 1999 ms advertises 1 too), so it cannot be told apart.
    [2000, 1000, 'agrees'],
    [3000, 1000, 'keeps-longer'],
    [1945, 2000, 'agrees'], // 2000 − resolution (5) − slack (50)
    [1944, 2000, 'closes-earlier'],
    [60_000, 65_000, 'closes-earlier'], // the hint promises more than the server keeps
  ] as const)('idle %d ms, hint %d ms → %s', (idle, hint, verdict) => {
    expect(judgeHint(idle, 5, hint)).toBe(verdict);
  });
});
