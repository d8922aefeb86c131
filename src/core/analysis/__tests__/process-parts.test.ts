import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../engine';
import { applyFixPlan } from '../fix-plan';
import type { Chain } from '../../model/chain';
import { ms } from '../../model/duration';

const edit = (value: number) => ({ value, origin: { kind: 'edit' as const } });

/** ALB → one Go process (http.Server + http.Transport) → nginx. */
const chain: Chain = {
  nodes: [
    { id: 'alb', tech: 'aws-alb', settings: {} },
    {
      id: 'api',
      tech: 'go-http-server',
      label: 'Go API',
      settings: { IdleTimeout: edit(30_000) },
      client: { tech: 'go-transport', settings: { IdleConnTimeout: edit(90_000) } },
    },
    {
      id: 'edge',
      tech: 'nginx',
      settings: { keepalive_timeout: edit(75_000) },
      locked: ['keepalive_timeout'],
    },
  ],
  links: [{ rttMs: ms(1) }, { rttMs: ms(1) }],
};

describe('a node that is one process with a server and a client component', () => {
  it('faces each hop with the component on that side', () => {
    const r = analyzeChain(chain);
    expect(r.hops.map((h) => [h.client.tech, h.server.tech])).toEqual([
      ['aws-alb', 'go-http-server'],
      ['go-transport', 'nginx'],
    ]);
    expect(r.hops[1]?.client).toMatchObject({
      node: 'api',
      label: 'Go API',
      setting: 'IdleConnTimeout',
    });
    expect(r.hops[0]?.server.idleMs).toBe(30_000);
    expect(r.hops[1]?.client.idleMs).toBe(90_000);
    expect(r.hops.map((h) => h.verdict)).toEqual(['risk', 'risk']);
  });

  it('fixes the client component in its own technology, and the plan makes every hop ok', () => {
    const r = analyzeChain(chain);
    const client = r.fixPlan.changes.find((c) => c.part === 'client');
    expect(client).toMatchObject({ node: 'api', tech: 'go-transport', setting: 'IdleConnTimeout' });
    expect(client?.snippet).toMatch(/IdleConnTimeout: \d+ \* time\.Second/);
    const fixed = applyFixPlan(chain, r.fixPlan);
    expect(fixed.nodes[1]?.client?.settings['IdleConnTimeout']?.value).toBe(client?.value);
    expect(fixed.nodes[1]?.settings['IdleConnTimeout']).toBeUndefined();
    expect(analyzeChain(fixed).hops.map((h) => h.verdict)).toEqual(['ok', 'ok']);
  });
});
