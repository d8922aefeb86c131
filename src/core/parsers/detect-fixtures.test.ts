import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { loadFixtures } from './testing/fixtures';
import { PARSERS } from './registry';

/**
 * Every parser fixture that yields nodes is detected as its own format among all the readers:
 * a new reader that claims another format's files (a Caddyfile detector taking Kubernetes YAML,
 * an annotations reader taking Terraform with a Helm heredoc) fails here.
 */
const RAW = import.meta.glob<string>('./*/__fixtures__/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const byFolder = new Map<string, Record<string, string>>();
for (const [path, text] of Object.entries(RAW)) {
  const folder = path.split('/')[1] ?? '';
  const own = byFolder.get(folder) ?? {};
  own[path] = text;
  byFolder.set(folder, own);
}

describe('each format’s fixtures are detected as that format', () => {
  it('covers every reader', () =>
    expect(PARSERS.map((p) => p.id).filter((id) => !byFolder.has(id))).toEqual([]));
  it.each(PARSERS.map((p) => p.id))('%s', (id) => {
    const wrong: string[] = [];
    for (const fixture of loadFixtures(byFolder.get(id) ?? {}))
      for (const [name, want] of Object.entries(fixture.expected)) {
        const file = fixture.inputs.find((f) => f.name === name);
        if (!file || want.nodes.length === 0) continue;
        const got = detectFormat(file.text, file.name).parser?.id;
        if (got !== undefined && got !== id) wrong.push(`${fixture.behaviour}/${name} → ${got}`);
      }
    expect(wrong).toEqual([]);
  });
});
