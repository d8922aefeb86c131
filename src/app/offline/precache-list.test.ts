import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheManifest } from './precache-list';

const build = [
  { name: 'index.html', content: '<script src="./assets/index-a1.js">' },
  { name: 'assets/index-a1.js', content: 'app' },
  { name: 'assets/index-a1.js.map', content: '{}' },
  { name: 'sw.js', content: 'self' },
  { name: 'favicon.svg', content: new Uint8Array([60, 115, 118, 103]) },
  { name: '.well-known/x', content: 'hidden' },
];

describe('precacheManifest', () => {
  it('lists every served file, sorted, without the worker itself, maps and hidden files', () => {
    expect(precacheManifest(build).files).toEqual([
      'assets/index-a1.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('changes its version when any kept file changes, and only then', () => {
    const v = precacheManifest(build).version;
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(precacheManifest([...build].reverse()).version).toBe(v);
    const edited = build.map((f) => (f.name === 'index.html' ? { ...f, content: '<p>' } : f));
    expect(precacheManifest(edited).version).not.toBe(v);
    const mapOnly = build.map((f) => (f.name.endsWith('.map') ? { ...f, content: '[]' } : f));
    expect(precacheManifest(mapOnly).version).toBe(v);
  });
});

const dist = join(import.meta.dirname, '..', '..', '..', 'dist');
const built = (() => {
  try {
    return readFileSync(join(dist, 'sw.js'), 'utf8');
  } catch {
    return null;
  }
})();

describe.skipIf(built === null)('the built dist/sw.js', () => {
  it('precaches every file of the built app (so nothing needs the network offline)', () => {
    const json = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(built ?? '')?.[1];
    const manifest = JSON.parse(JSON.parse(json ?? '""') as string) as { files: string[] };
    const onDisk = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
      .filter((n) => n !== 'sw.js' && !n.endsWith('.map'))
      .sort();
    expect(manifest.files).toEqual(onDisk);
  });
});
