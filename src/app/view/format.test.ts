import { describe, expect, it } from 'vitest';
import type { HopSide } from '../../core/analysis/types';
import { describeMargin, describeSideIdle } from './format';

const side = (idleMs: number | null, setting: string): HopSide => ({
  nodeIndex: 0,
  node: 'n',
  tech: 't',
  label: 'n',
  idleMs,
  origin: { kind: 'edit' },
  setting,
});

describe('formatting for people', () => {
  it('signs margins', () => {
    expect(describeMargin(10_000)).toBe('+10 s');
    expect(describeMargin(-55_000)).toBe('−55 s');
    expect(describeMargin(0)).toBe('±0 ms');
  });

  it('tells an unknown side from one with no limit', () => {
    expect(describeSideIdle(side(null, 'IdleConnTimeout'))).toBe('∞');
    expect(describeSideIdle(side(null, ''))).toBe('unknown');
    expect(describeSideIdle(side(65_000, 'keepalive_timeout'))).toBe('65 s');
  });
});
