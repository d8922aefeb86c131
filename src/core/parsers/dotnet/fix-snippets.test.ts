import { describe, expect, it } from 'vitest';
import { findTech } from '../../catalog/registry';
import { timeSpanText } from '../../catalog/techs/dotnet-snippets';
import { parseDotnet } from './index';

/** Each part of a snippet (appsettings.json, Program.cs) as the file it is pasted into. */
function partsOf(snippet: string): { name: string; text: string }[] {
  return snippet.split('\n\n').map((text) => ({
    name: text.startsWith('// appsettings.json') ? 'appsettings.json' : 'Program.cs',
    text,
  }));
}

describe('.NET fix snippets', () => {
  for (const tech of ['kestrel', 'dotnet-http-client'])
    for (const s of findTech(tech)?.settings ?? []) {
      if (!s.snippet) continue;
      for (const value of [55_000, 130_000, 1500, null])
        it(`${tech} ${s.key} = ${String(value)}: every part reads back as the value`, () => {
          const parts = partsOf(s.snippet!(value));
          // Kestrel limits are set in configuration as often as in code: both forms are given.
          if (tech === 'kestrel')
            expect(parts.map((p) => p.name)).toEqual(['appsettings.json', 'Program.cs']);
          for (const file of parts) {
            const r = parseDotnet(file, { files: [file] });
            expect(r.diagnostics, file.name).toEqual([]);
            const node = r.nodes.find((n) => s.key in n.settings);
            expect(node?.settings[s.key]?.value, file.name).toBe(value);
          }
        });
    }
});

describe('TimeSpan text for appsettings.json', () => {
  it.each([
    [130_000, '00:02:10'],
    [1500, '00:00:01.5'],
    [86_400_000 + 60_000, '1.00:01:00'],
    [null, '-00:00:00.001'],
  ] as const)('%s ms → %s', (v, text) => expect(timeSpanText(v)).toBe(text));
});
