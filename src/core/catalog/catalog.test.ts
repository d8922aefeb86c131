import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareVersions, inVersionRange } from '../model/version';
import { makeNode } from './techs/testing';
import { resolveNode, TECHS } from './registry';
import { defaultFor } from './setting-reader';

const REQUIRED = [
  'go-transport',
  'go-http-server',
  'node-http-server',
  'node-agent',
  'undici',
  'apache-httpclient5',
  'tomcat',
  'spring-boot-tomcat',
  'nginx',
  'ingress-nginx',
  'aws-alb',
  'gunicorn',
  'uvicorn',
];

/** The "later" ids of design/contracts.md. */
const LATER = [
  'haproxy',
  'envoy',
  'istio-sidecar',
  'traefik',
  'caddy',
  'apache-httpd',
  'kestrel',
  'dotnet-http-client',
  'okhttp',
  'jdk-httpclient',
  'apache-httpclient4',
  'reactor-netty',
  'jetty',
  'puma',
  'hypercorn',
  'aiohttp-server',
  'aiohttp-client',
  'httpx',
  'python-requests',
  'curl',
  'aws-nlb',
  'aws-nat-gateway',
  'aws-cloudfront',
  'gcp-https-lb',
  'azure-app-gateway',
  'azure-lb',
  'cloudflare',
  'kube-proxy-ipvs',
];

/** `| tech | \`key\` | …` rows of docs/catalog-keys.md, the contract with the parsers. */
function readDocumentedKeys(): Set<string> {
  const text = readFileSync(new URL('../../../docs/catalog-keys.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| ([a-z0-9-]+) \| `([^`]+)` \|/gm)];
  return new Set(rows.map((m) => `${m[1]} ${m[2]}`));
}

describe('catalog', () => {
  it('has every technology id of the contract', () => {
    const ids = TECHS.map((t) => t.id);
    for (const id of [...REQUIRED, ...LATER]) expect(ids).toContain(id);
  });

  it('every l4 technology has only an l4-idle role and every other one none', () => {
    for (const t of TECHS) {
      const l4Roles = t.settings.filter((s) => s.role === 'l4-idle').length;
      expect(l4Roles > 0, t.id).toBe(t.sides === 'l4');
    }
  });

  it('ids are kebab-case and unique', () => {
    const ids = TECHS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(TECHS.map((t) => [t.id, t] as const))(
    '%s: versions newest first, default listed',
    (_, tech) => {
      expect(tech.versions).toContain(tech.defaultVersion);
      const sorted = [...tech.versions].sort((a, b) => compareVersions(b, a));
      expect(tech.versions).toEqual(sorted);
    },
  );

  it.each(TECHS.map((t) => [t.id, t] as const))('%s: settings are well formed', (_, tech) => {
    const keys = tech.settings.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of tech.settings) {
      for (const v of tech.versions)
        expect(
          s.defaults.some((d) => inVersionRange(v, d.since, d.before)),
          `${s.key} has a default for ${v}`,
        ).toBe(true);
      for (const d of s.defaults) expect(d.source.trim(), `${s.key} cites a source`).not.toBe('');
      if (s.role !== null) expect(s.snippet, `${s.key} has a snippet`).toBeTypeOf('function');
      if (s.kind === 'duration') expect(s.dialect, `${s.key} has a dialect`).toBeDefined();
      if (s.kind === 'enum') expect(s.enumValues?.length).toBeGreaterThan(0);
      const dflt = defaultFor(tech, s, tech.defaultVersion).value;
      if (s.snippet) expect(s.snippet(dflt).trim()).not.toBe('');
      expect(s.doc).toMatch(/^https:\/\//);
    }
  });

  it.each(TECHS.map((t) => [t.id, t] as const))(
    '%s: resolves at defaults with its sides',
    (_, tech) => {
      for (const version of tech.versions) {
        const r = resolveNode(makeNode(tech.id, {}, version));
        expect(r).toBeDefined();
        const keys = new Set(tech.settings.map((s) => s.key));
        const hasServer = tech.sides === 'server' || tech.sides === 'both' || tech.sides === 'tied';
        const hasClient = tech.sides === 'client' || tech.sides === 'both' || tech.sides === 'tied';
        expect(r?.server !== undefined).toBe(hasServer);
        expect(r?.client !== undefined).toBe(hasClient);
        expect(r?.l4 !== undefined).toBe(tech.sides === 'l4');
        if (tech.sides === 'tied') expect(keys.has(r?.tiedKey ?? '')).toBe(true);
        for (const fixKey of [r?.server?.fixKey, r?.client?.fixKey, r?.l4?.fixKey])
          if (fixKey !== undefined) expect(keys.has(fixKey), `fix key ${fixKey}`).toBe(true);
      }
    },
  );

  it('every catalog key is in docs/catalog-keys.md and every documented key exists', () => {
    const documented = readDocumentedKeys();
    const catalog = new Set(TECHS.flatMap((t) => t.settings.map((s) => `${t.id} ${s.key}`)));
    expect([...catalog].filter((k) => !documented.has(k))).toEqual([]);
    const ids = new Set(TECHS.map((t) => t.id));
    const missing = [...documented].filter(
      (k) => ids.has(k.split(' ')[0] ?? '') && !catalog.has(k),
    );
    expect(missing).toEqual([]);
  });
});
