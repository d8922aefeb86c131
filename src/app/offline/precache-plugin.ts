import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { precacheManifest, type BuiltFile } from './precache-list.ts';

const SW_SOURCE = 'src/app/offline/sw.ts';
const PLACEHOLDER = /(["'`])__TIMEOUT_CHAIN_PRECACHE__\1/;

function filesUnder(dir: string): BuiltFile[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no public/ folder
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { name: relative(dir, path).split(sep).join('/'), content: readFileSync(path) };
    });
}

/**
 * Builds sw.js (src/app/offline/sw.ts) at the root of the app and writes into it the list of
 * every file of the build (chunks, assets, index.html, public/), so the app works offline.
 */
export function offlineServiceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'timeout-chain:offline-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SW_SOURCE, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const built: BuiltFile[] = Object.values(bundle).map((o) => ({
        name: o.fileName,
        content: o.type === 'chunk' ? o.code : o.source,
      }));
      const fromPublic = publicDir ? filesUnder(publicDir) : [];
      const manifest = precacheManifest([...built, ...fromPublic]);
      const sw = bundle['sw.js'];
      if (sw?.type !== 'chunk' || !PLACEHOLDER.test(sw.code))
        this.error('sw.js: the precache placeholder was not found');
      sw.code = sw.code.replace(PLACEHOLDER, JSON.stringify(JSON.stringify(manifest)));
    },
  };
}
