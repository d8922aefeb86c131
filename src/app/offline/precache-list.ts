import { createHash } from 'node:crypto';

export interface BuiltFile {
  /** Path relative to the app's folder, with `/` (e.g. `assets/index-abc.js`). */
  name: string;
  content: string | Uint8Array;
}

/** What the service worker keeps: the files and a version that changes when any of them does. */
export interface PrecacheManifest {
  version: string;
  files: string[];
}

/** Never precached: the worker itself, source maps, and hidden files. */
const skipped = (name: string) =>
  name === 'sw.js' || name.endsWith('.map') || name.split('/').some((s) => s.startsWith('.'));

/** The manifest of a build: every file it serves, sorted, with a hash of names and contents. */
export function precacheManifest(built: readonly BuiltFile[]): PrecacheManifest {
  const kept = built.filter((f) => !skipped(f.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const hash = createHash('sha256');
  for (const f of kept) hash.update(f.name).update('\0').update(f.content).update('\0');
  return { version: hash.digest('hex').slice(0, 16), files: kept.map((f) => f.name) };
}
