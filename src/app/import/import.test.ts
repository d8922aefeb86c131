import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCES } from '../preset-sources';
import { createAppStore } from '../store/create-store';
import { PASTED_NAME } from '../../core/model/origin';
import { appendImported, fillNode } from './apply-import';
import { readSources } from './read-sources';

const nginxConf = ARTICLE_SOURCES.find((s) => s.name === 'nginx.conf')!;

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('readSources', () => {
  it('reads the article nginx.conf as one nginx node (server + upstream)', () => {
    const p = readSources([nginxConf]);
    expect(p.files[0]?.format).toBe('nginx');
    expect(p.nodeCount).toBe(1);
    const node = p.files[0]!.nodes[0]!;
    expect(node.tech).toBe('nginx');
    expect(node.settings['keepalive_timeout']?.value).toBe(65_000);
    expect(node.settings['upstream.keepalive_timeout']).toMatchObject({
      value: 55_000,
      origin: { kind: 'explicit', file: 'nginx.conf', line: 10 },
    });
  });

  it('names an unknown format and refuses empty input, without throwing', () => {
    const p = readSources([
      { name: 'notes.txt', text: 'hello world, nothing to see' },
      { name: 'blank', text: '   ' },
    ]);
    expect(p.nodeCount).toBe(0);
    expect(p.errorCount).toBe(2);
    expect(p.files[0]?.error).toMatch(/unknown config format/);
    expect(p.files[1]?.error).toMatch(/empty/);
  });

  it('reads a chain file with its links', () => {
    const p = readSources([
      {
        name: 'shop.chain.yaml',
        text: 'version: 1\nnodes:\n  - tech: aws-alb\n  - tech: node-http-server\nlinks:\n  - rtt: 20ms\n',
      },
    ]);
    expect(p.files[0]?.format).toBe('chain-file');
    expect(p.files[0]?.nodes.map((n) => n.tech)).toEqual(['aws-alb', 'node-http-server']);
    expect(p.files[0]?.links?.[0]?.rttMs).toBe(20);
  });

  it('reports diagnostics with line and column and keeps reading', () => {
    const p = readSources([
      { name: 'nginx.conf', text: 'http {\n  keepalive_timeout 65s\n  server { listen 80; }\n' },
    ]);
    const d = p.files[0]?.diagnostics ?? [];
    expect(d.length).toBeGreaterThan(0);
    expect(d[0]?.line).toBeGreaterThan(0);
    expect(d[0]?.column).toBeGreaterThan(0);
  });

  it('reads an included file through the file that includes it, whatever the order', () => {
    const main = nginxConf.text.replace('http {', 'http {\n  include timeouts.conf;');
    const p = readSources([
      { name: 'timeouts.conf', text: 'keepalive_requests 500;\n' },
      { name: 'nginx.conf', text: main },
    ]);
    expect(p.files[0]).toMatchObject({ includedBy: 'nginx.conf', nodes: [] });
    expect(p.files[1]?.includedBy).toBeUndefined();
    expect(p.nodeCount).toBe(1);
    expect(p.files[1]?.nodes[0]?.settings['keepalive_requests']).toMatchObject({
      value: 500,
      origin: { kind: 'explicit', file: 'timeouts.conf', line: 1 },
    });
  });
});

describe('applying an import', () => {
  const preview = readSources([nginxConf]);

  it('appends at the server end with unique ids', () => {
    const store = createAppStore();
    const chain = appendImported(store.getState().chain, preview);
    expect(chain.nodes.map((n) => n.id)).toEqual(['client', 'nginx', 'app', 'nginx-2']);
    expect(chain.links).toHaveLength(3);
  });

  it('fills a node of the same technology, and refuses one of another', () => {
    const chain = createAppStore().getState().chain;
    const filled = fillNode(chain, 1, preview);
    expect(filled.ok && filled.value.nodes[1]?.settings['keepalive_timeout']?.origin).toMatchObject(
      {
        kind: 'explicit',
        file: 'nginx.conf',
      },
    );
    expect(fillNode(chain, 0, preview)).toMatchObject({ ok: false });
  });

  it('through the store: one undo step, nothing changed on failure', async () => {
    const store = createAppStore({ parseDebounceMs: 0 });
    const before = store.getState().chain;
    store.getState().setImportText('this is not a config');
    await settle();
    expect(store.getState().importStatus.status).toBe('ready');
    expect(store.getState().applyImport().ok).toBe(false);
    expect(store.getState().chain).toBe(before);

    store.getState().setImportText(nginxConf.text);
    await settle();
    // Appended (by default one nginx config would fill the example's nginx).
    store.getState().setImportTarget({ mode: 'append' });
    expect(store.getState().applyImport()).toEqual({ ok: true, value: undefined });
    expect(store.getState().chain.nodes).toHaveLength(4);
    expect(store.getState().chain.nodes[3]?.settings['keepalive_timeout']?.origin).toMatchObject({
      file: PASTED_NAME,
    });
    expect(store.getState().sources.map((s) => s.name)).toContain(PASTED_NAME);
    expect(store.getState().importText).toBe('');
    store.getState().undo();
    expect(store.getState().chain).toBe(before);
  });
});
