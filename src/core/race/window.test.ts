import { describe, expect, it } from 'vitest';
import { computeRaceWindow } from './window';

const base = {
  serverIdleMs: 1000,
  clientIdleMs: null,
  rttMs: 2,
  reactionDelayMs: 50,
  serverGranularityMs: 0,
  finDetection: true,
};

describe('computeRaceWindow', () => {
  it('is [S − RTT, S + δ] for a FIN-detecting client without idle limit', () => {
    expect(computeRaceWindow(base)).toEqual({ startMs: 998, endMs: 1050 });
  });
  it('widens by the server timer granularity', () => {
    expect(computeRaceWindow({ ...base, serverGranularityMs: 5 })).toEqual({
      startMs: 998,
      endMs: 1055,
    });
  });
  it('is capped by the client idle limit', () => {
    expect(computeRaceWindow({ ...base, clientIdleMs: 1010 })).toEqual({
      startMs: 998,
      endMs: 1010,
    });
  });
  it('vanishes when the client drops first', () => {
    expect(computeRaceWindow({ ...base, clientIdleMs: 998 })).toBeNull();
    expect(computeRaceWindow({ ...base, clientIdleMs: 500 })).toBeNull();
  });
  it('runs to C for a client that does not detect FINs', () => {
    expect(computeRaceWindow({ ...base, finDetection: false, clientIdleMs: 90_000 })).toEqual({
      startMs: 998,
      endMs: 90_000,
    });
    expect(computeRaceWindow({ ...base, finDetection: false })).toEqual({
      startMs: 998,
      endMs: null,
    });
  });
});
