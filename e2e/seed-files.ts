import { readFileSync } from 'node:fs';

/** The seed article's snippets, as saved to files (src/core/import/__fixtures__/seed-article). */
const SEED_DIR = new URL('../src/core/import/__fixtures__/seed-article/flat/', import.meta.url);

export const readSeed = (name: string): string => readFileSync(new URL(name, SEED_DIR), 'utf8');

/** Snippets as a file input takes them. */
export const seedFiles = (names: readonly string[]) =>
  names.map((name) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(readSeed(name)) }));

/** Three snippets in the order a file dialog lists them (by name: the app first). */
export const THREE_SNIPPETS = ['application.yml', 'http_client.go', 'nginx.conf'];

/** How the import preview lists them: by role, client end first. */
export const THREE_BY_ROLE = [
  'Go client',
  'nginx :80 → upstream backend',
  'Spring Boot Tomcat (default)',
];
