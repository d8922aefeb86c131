import { getDirectives } from '@nginx/reference-lib';
import { describe, expect, it } from 'vitest';
import {
  allowedContexts,
  childContext,
  isKnownDirective,
  listDirectiveTable,
  misplacedBlockParents,
} from './directives';

const OFFICIAL = getDirectives();
const byName = (name: string) => OFFICIAL.filter((d) => d.name === name);
const isTcpOrMail = (module: string) => /^ngx_(stream|mail)_/.test(module);
const HTTP_CONTEXTS = new Set([
  'main',
  'events',
  'http',
  'server',
  'location',
  'if',
  'if in location',
  'limit_except',
  'upstream',
]);

describe('directive table', () => {
  const table = listDirectiveTable();

  it.each(table.filter(([, ctx]) => ctx !== null))(
    '%s has the contexts of the official reference',
    (name, contexts) => {
      const entries = byName(name);
      expect(entries.length).toBeGreaterThan(0);
      // Official HTTP/core contexts; `if` there covers both server-level and location-level ifs.
      const http = entries.filter((e) => !isTcpOrMail(e.module));
      const tcp = (kind: string) =>
        entries.some((e) => e.module.startsWith(`ngx_${kind}_`) || e.contexts.includes(kind));
      if (contexts?.includes('stream')) expect(tcp('stream')).toBe(true);
      if (contexts?.includes('mail')) expect(tcp('mail')).toBe(true);
      if (http.length === 0 && contexts?.join() === 'stream') return; // a TCP-only directive
      const official = new Set(
        (http.length > 0 ? http : entries)
          .flatMap((e) => e.contexts)
          .filter((c) => HTTP_CONTEXTS.has(c)),
      );
      const ours = new Set((contexts ?? []).filter((c) => c !== 'stream' && c !== 'mail'));
      if (official.has('if')) official.add('if in location');
      if (ours.has('if')) ours.add('if in location');
      expect([...ours].sort()).toEqual([...official].sort());
    },
  );

  it('knows only real names (apart from OpenResty Lua directives)', () => {
    const unknown = table
      .map(([name]) => name)
      .filter((name) => byName(name).length === 0 && !name.includes('lua'));
    expect(unknown).toEqual([]);
  });

  it('answers lookups', () => {
    expect(isKnownDirective('keepalive_timeout')).toBe(true);
    expect(isKnownDirective('keepalive_timeouts')).toBe(false);
    expect(allowedContexts('keepalive')).toEqual(new Set(['upstream']));
    expect(allowedContexts('content_by_lua_block')).toBeNull();
  });
});

describe('contexts', () => {
  it('derives the context a block opens', () => {
    expect(childContext('main', 'http')).toBe('http');
    expect(childContext('http', 'map')).toBe('data');
    expect(childContext('server', 'if')).toBe('if');
    expect(childContext('location', 'if')).toBe('if in location');
    expect(childContext('stream', 'server')).toBe('stream');
    expect(childContext('http', 'my_block')).toBe('unknown');
  });

  it('says where a structural block cannot open', () => {
    expect(misplacedBlockParents('location', 'server')).toContain('http');
    expect(misplacedBlockParents('http', 'server')).toBeNull();
    expect(misplacedBlockParents('location', 'location')).toBeNull();
    expect(misplacedBlockParents('unknown', 'server')).toBeNull();
  });
});
