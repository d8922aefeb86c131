import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../analysis/engine';
import { chainOf } from '../analysis/test-chain';
import { buildReviewPack } from './review-pack';

const packOf = (specs: Parameters<typeof chainOf>[0]) => {
  const chain = chainOf(specs);
  return buildReviewPack(chain, analyzeChain(chain));
};

describe('retry advice', () => {
  it('Node http does not retry: a snippet in JavaScript and the non-idempotent warning', () => {
    const [advice] = packOf(['node-agent', 'node-http-server']).retry;
    expect(advice).toMatchObject({ tech: 'node-agent', retriesIdempotent: false, hops: [0] });
    expect(advice?.snippets[0]?.language).toBe('js');
    expect(advice?.warning).toMatch(/idempotent/);
  });

  it('Go retries idempotent requests by itself (reference §5)', () => {
    const [advice] = packOf(['go-transport', 'go-http-server']).retry;
    expect(advice).toMatchObject({ tech: 'go-transport', retriesIdempotent: true });
    expect(advice?.snippets[0]?.code).toContain('Idempotency-Key');
  });

  it('python-requests retries nothing: the urllib3 Retry snippet', () => {
    const [advice] = packOf(['python-requests', 'gunicorn']).retry;
    expect(advice?.retriesIdempotent).toBe(false);
    expect(advice?.snippets[0]?.code).toContain('Retry(');
  });
});

describe('where each value lives', () => {
  it('names the kubectl command for ingress-nginx and the setting for every node', () => {
    const live = packOf(['aws-alb', 'ingress-nginx', 'go-http-server']).liveValues;
    expect(live.map((l) => l.tech)).toEqual(['aws-alb', 'ingress-nginx', 'go-http-server']);
    expect(live[1]?.how[0]?.command).toMatch(
      /^kubectl .*get configmap ingress-nginx-controller -o yaml/,
    );
    expect(live[0]?.how[0]?.command).toContain('idle_timeout.timeout_seconds');
  });

  it('falls back to a search for the settings where the catalog has no command', () => {
    const live = packOf(['httpx', 'hypercorn']).liveValues;
    expect(live[0]?.how[0]?.command).toMatch(/^grep -rnE '/);
  });
});

describe('checklist', () => {
  it('marks the order ✗ on a risky hop and ✓ where every hop is ordered', () => {
    const bad = packOf(['aws-alb', 'node-http-server']).checklist[0]?.items[1];
    expect(bad?.status).toBe('fail');
    const good = packOf([
      ['go-transport', { IdleConnTimeout: 55_000 }],
      ['go-http-server', { IdleTimeout: 65_000 }],
    ]).checklist[0]?.items[1];
    expect(good?.status).toBe('pass');
  });
});
