import { describe, expect, it } from 'vitest';
import type { ExtractedNode } from '../parsers/types';
import { pairExtractedNodes } from './pairing';

const at = (line: number) => ({ kind: 'explicit' as const, file: 'f', line, setting: 'x' });
const node = (
  scope: string,
  settings: Record<string, number>,
  upstreams?: string[],
  tech = 'nginx',
): ExtractedNode => ({
  tech,
  scope,
  settings: Object.fromEntries(
    Object.entries(settings).map(([k, v], i) => [k, { value: v, origin: at(i + 1) }]),
  ),
  ...(upstreams ? { upstreams } : {}),
});

describe('pairExtractedNodes', () => {
  it('merges an nginx server with the upstream it proxies to, whatever the file order', () => {
    const p = pairExtractedNodes('n.conf', [
      node('upstream app', { 'upstream.keepalive_timeout': 60_000 }),
      node('server :80', { keepalive_timeout: 65_000 }, ['upstream app']),
    ]);
    expect(p.nodes).toHaveLength(1);
    expect(p.nodes[0]?.settings).toMatchObject({
      keepalive_timeout: { value: 65_000 },
      'upstream.keepalive_timeout': { value: 60_000 },
    });
    expect(p.scopes).toEqual([['server :80', 'upstream app']]);
    expect(p.note).toBe('n.conf: server :80 → upstream app (the path a request takes)');
  });

  it('takes the first forwarding server and names the scopes it leaves out', () => {
    const p = pairExtractedNodes('n.conf', [
      node('server :80', { keepalive_timeout: 10_000 }),
      node('server :8080', { keepalive_timeout: 65_000 }, ['upstream a']),
      node('server :9090', { keepalive_timeout: 30_000 }, ['upstream a']),
      node('upstream a', {}),
    ]);
    expect(p.scopes).toEqual([['server :8080', 'upstream a']]);
    expect(p.note).toMatch(/using server :8080 → upstream a; not used: server :80, server :9090/);
  });

  it('names ten scopes left out, then counts the rest (a file of thousands of servers)', () => {
    const servers = Array.from({ length: 25 }, (_, i) =>
      node(`server :${8000 + i}`, { keepalive_timeout: 65_000 }, ['upstream a']),
    );
    const p = pairExtractedNodes('n.conf', [...servers, node('upstream a', {})]);
    expect(p.note).toMatch(/not used: server :8001, server :8002, .*, server :8010 and 14 more \(/);
    expect(p.note).not.toContain('server :8011');
  });

  it('keeps different technologies as separate nodes in request order', () => {
    const p = pairExtractedNodes('x', [
      node('app', {}, undefined, 'node-http-server'),
      node('edge', {}, ['app'], 'nginx'),
    ]);
    expect(p.nodes.map((n) => n.tech)).toEqual(['nginx', 'node-http-server']);
  });

  it('takes the first of several unconnected scopes (Spring profiles) and says so', () => {
    const p = pairExtractedNodes('application.yml', [
      node('default', {}, undefined, 'spring-boot-tomcat'),
      node('profile prod', {}, undefined, 'spring-boot-tomcat'),
    ]);
    expect(p.scopes).toEqual([['default']]);
    expect(p.note).toMatch(/not used: profile prod/);
  });

  it('survives cycles and missing targets', () => {
    const p = pairExtractedNodes('x', [node('a', {}, ['b', 'zzz']), node('b', {}, ['a'])]);
    expect(p.scopes).toEqual([['a', 'b']]);
    expect(pairExtractedNodes('x', []).nodes).toEqual([]);
  });
});
