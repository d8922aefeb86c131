import { describe, expect, it } from 'vitest';
import type { Chain, ChainNode } from './chain';
import { CHAIN_LIMITS, clampFileName, clampText } from './chain-limits';
import { ms } from './duration';
import { fitChain } from './fit-chain';

const node = (k: number, extra: Partial<ChainNode> = {}): ChainNode => ({
  id: `n${k}`,
  tech: 'nginx',
  settings: {},
  ...extra,
});
const chainOf = (nodes: ChainNode[]): Chain => ({
  nodes,
  links: nodes.slice(1).map(() => ({ rttMs: ms(1) })),
});

describe('chain limits', () => {
  it('shortens text with an ellipsis, to exactly the limit, never splitting a surrogate pair', () => {
    expect(clampText('abc', 3)).toBe('abc');
    expect(clampText('abcd', 3)).toBe('ab…');
    expect(clampText(`a${'😀'.repeat(3)}`, 3)).toBe('a…');
    expect(clampText('x'.repeat(500), 120)).toHaveLength(120);
    const name = `application-${'p'.repeat(300)}.properties`;
    expect(clampFileName(name, 200)).toHaveLength(200);
    expect(clampFileName(name, 200)).toMatch(/^application-p+…p+\.properties$/);
  });

  it('returns a chain within the limits as the same object, with no notes', () => {
    const chain = chainOf([node(0, { label: 'x'.repeat(CHAIN_LIMITS.labelChars) }), node(1)]);
    expect(fitChain(chain)).toEqual({ chain, notes: [] });
    expect(fitChain(chain).chain).toBe(chain);
  });

  it('leaves out nodes past the cap with their links, and says so', () => {
    const fitted = fitChain(chainOf(Array.from({ length: 70 }, (_, k) => node(k))));
    expect(fitted.chain.nodes).toHaveLength(CHAIN_LIMITS.nodes);
    expect(fitted.chain.links).toHaveLength(CHAIN_LIMITS.nodes - 1);
    expect(fitted.chain.nodes.at(-1)?.id).toBe('n63');
    expect(fitted.notes).toEqual([
      'A chain holds at most 64 nodes: 6 nodes past the 64th were left out.',
    ]);
  });

  it('shortens labels, origin names and text values, and clamps RTTs and traffic', () => {
    const long = 'r'.repeat(300);
    const fitted = fitChain({
      ...chainOf([
        node(0, { label: long }),
        node(1, {
          settings: {
            keepalive_timeout: {
              value: 5000,
              origin: { kind: 'explicit', file: long, line: 1, setting: long },
            },
          },
        }),
      ]),
      links: [{ rttMs: ms(120_000) }],
      traffic: { rps: 2e9, nonIdempotentShare: 1.5 },
    });
    const [a, b] = fitted.chain.nodes;
    expect(a?.label).toHaveLength(CHAIN_LIMITS.labelChars);
    expect(a?.label?.endsWith('…')).toBe(true);
    expect(b?.settings['keepalive_timeout']).toEqual({
      value: 5000,
      origin: {
        kind: 'explicit',
        file: clampFileName(long, 200),
        line: 1,
        setting: clampText(long, 200),
      },
    });
    expect(fitted.chain.links).toEqual([{ rttMs: 60_000 }]);
    expect(fitted.chain.traffic).toEqual({ rps: 1e9, nonIdempotentShare: 1 });
    expect(fitted.notes).toHaveLength(4);
    expect(fitted.notes[0]).toBe("Labels hold at most 120 characters: shortened node 1's label.");
  });
});
