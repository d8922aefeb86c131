import { describe, expect, it } from 'vitest';
import { findTech } from '../registry';
import { LIVE_VALUES } from './live-values';
import { RESET_SIGNALS } from './reset-signals';
import { RETRY_SNIPPETS } from './retry-snippets';

describe('operations facts are keyed by catalog technology ids and cite a source', () => {
  it.each(Object.keys({ ...RESET_SIGNALS, ...RETRY_SNIPPETS, ...LIVE_VALUES }))(
    '%s is a catalog id',
    (id) => {
      expect(findTech(id)).toBeDefined();
    },
  );

  it('every reset signal names its doc page and Prometheus-valid metric names', () => {
    for (const signals of Object.values(RESET_SIGNALS))
      for (const s of signals) {
        expect(s.source).toMatch(/https:\/\//);
        for (const ref of [...s.errors, s.total]) expect(ref.metric).toMatch(/^[a-z_][a-z0-9_]*$/);
      }
  });

  it('retry snippets are for client technologies', () => {
    for (const id of Object.keys(RETRY_SNIPPETS))
      expect(findTech(id)?.sides).toMatch(/client|both/);
  });
});
