import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder this code runs from: dist-cli/ in the bundle (CommonJS), src/cli/serve/ under tsx. */
function codeDir(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/**
 * The built app (`dist/` with index.html) that ships beside the CLI: ../dist from the bundle in
 * dist-cli/ (an installed package or a built checkout), ../../../dist from the sources.
 * Null when it is not built.
 */
export function findBundledApp(): string | null {
  const here = codeDir();
  for (const up of ['..', join('..', '..', '..')]) {
    const dir = join(here, up, 'dist');
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  return null;
}
