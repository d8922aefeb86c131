import { describe, expect, it } from 'vitest';
import type { Chain } from '../../core/model/chain';
import { ms } from '../../core/model/duration';
import { readSavedChain, writeSavedChain } from './saved-chain';

/** Saves as released versions wrote them. FROZEN: every one must keep loading, forever. */
const SAVE_CHAIN_AT_1 =
  '{"format":"timeout-chain/chain@1","savedAt":"2025-01-01T00:00:00.000Z","chain":{"n":[{"i":"go-transport","t":"go-transport","l":"Go client","s":{"IdleConnTimeout":{"v":90000,"f":"main.go","l":12,"c":3,"n":"IdleConnTimeout"}}},{"i":"nginx","t":"nginx","v":"1.29.7","s":{"keepalive_timeout":50000},"k":["keepalive_timeout"]},{"i":"app","t":"go-http-server","s":{"IdleTimeout":{"v":75000,"x":"longer than nginx"}}}],"r":[1,2],"tr":{"rps":100,"ni":0.1}}}';

const CHAIN_AT_1: Chain = {
  nodes: [
    {
      id: 'go-transport',
      tech: 'go-transport',
      label: 'Go client',
      settings: {
        IdleConnTimeout: {
          value: 90000,
          origin: {
            kind: 'explicit',
            file: 'main.go',
            line: 12,
            column: 3,
            setting: 'IdleConnTimeout',
          },
        },
      },
    },
    {
      id: 'nginx',
      tech: 'nginx',
      version: '1.29.7',
      settings: { keepalive_timeout: { value: 50000, origin: { kind: 'edit' } } },
      locked: ['keepalive_timeout'],
    },
    {
      id: 'app',
      tech: 'go-http-server',
      settings: {
        IdleTimeout: { value: 75000, origin: { kind: 'fix', note: 'longer than nginx' } },
      },
    },
  ],
  links: [{ rttMs: ms(1) }, { rttMs: ms(2) }],
  traffic: { rps: 100, nonIdempotentShare: 0.1 },
};

describe('local saves', () => {
  it('loads a frozen save of every released format', () => {
    expect(readSavedChain(SAVE_CHAIN_AT_1)).toEqual({ ok: true, value: { chain: CHAIN_AT_1 } });
  });

  it('writes the current format: v1 JSON is v2 JSON, so only the stamp changes', () => {
    const text = writeSavedChain(CHAIN_AT_1, new Date('2025-01-01T00:00:00Z'));
    expect(text).toBe(SAVE_CHAIN_AT_1.replace('chain@1', 'chain@2'));
    expect(readSavedChain(text)).toEqual({ ok: true, value: { chain: CHAIN_AT_1 } });
  });

  it('keeps a value written but unresolved as unknown through a save (v2)', () => {
    const chain = {
      ...CHAIN_AT_1,
      nodes: CHAIN_AT_1.nodes.map((n, i) =>
        i === 2
          ? {
              ...n,
              settings: {
                IdleTimeout: {
                  value: { unknown: 'cfg.Idle', reason: 'a variable not set in the given files' },
                  origin: {
                    kind: 'explicit' as const,
                    file: 'main.go',
                    line: 40,
                    column: 5,
                    setting: 'IdleTimeout',
                  },
                },
              },
            }
          : n,
      ),
    };
    const text = writeSavedChain(chain);
    expect(text).toContain('"IdleTimeout":{"v":{"u":"cfg.Idle"');
    expect(readSavedChain(text)).toEqual({ ok: true, value: { chain } });
  });

  it('goes through the link migrations: a newer format is refused in words, not read wrongly', () => {
    expect(
      readSavedChain('{"format":"timeout-chain/chain@9","chain":{"n":[],"r":[]}}'),
    ).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of Timeout Chain/) });
  });

  it('loads a save an older version made past the chain limits, shortened', () => {
    const label = 'L'.repeat(121);
    const text = `{"format":"timeout-chain/chain@1","chain":{"n":[{"i":"a","t":"nginx","l":"${label}"}],"r":[]}}`;
    const r = readSavedChain(text);
    expect(r.ok && r.value.chain.nodes[0]?.label).toBe(`${'L'.repeat(119)}…`);
    expect(r.ok && r.value.repairs).toEqual([
      "Labels hold at most 120 characters: shortened node 1's label.",
    ]);
  });
});
