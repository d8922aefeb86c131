import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../source/diagnostic';
import { capDiagnostics } from './cap-diagnostics';

const d = (
  code: string,
  line: number,
  severity: Diagnostic['severity'] = 'warning',
): Diagnostic => ({
  code,
  severity,
  message: code,
  line,
  column: 1,
  file: 'a.conf',
});

describe('capDiagnostics', () => {
  it('returns the same array under the cap', () => {
    const ds = [d('A', 1), d('B', 2)];
    expect(capDiagnostics(ds, 2)).toBe(ds);
  });

  it('keeps the first ones, then one summary per code at its first line, as severe as the worst', () => {
    const ds = [d('A', 1), d('A', 2), d('B', 3), d('A', 4), d('B', 5, 'error'), d('C', 6, 'info')];
    expect(capDiagnostics(ds, 2)).toEqual([
      d('A', 1),
      d('A', 2),
      expect.objectContaining({
        code: 'B',
        line: 3,
        severity: 'error',
        message: expect.stringMatching(/^and 2 more of this code/),
      }),
      expect.objectContaining({
        code: 'A',
        line: 4,
        severity: 'warning',
        message: expect.stringMatching(/^and 1 more/),
      }),
      expect.objectContaining({ code: 'C', line: 6, severity: 'info', file: 'a.conf' }),
    ]);
  });

  it('handles 300 000 diagnostics in linear time without spreading them', () => {
    const ds = Array.from({ length: 300_000 }, (_, i) => d(i % 2 ? 'A' : 'B', i + 1));
    const capped = capDiagnostics(ds);
    expect(capped).toHaveLength(1002);
  });
});
