import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { frameAt } from './frame';
import { layoutScene } from './layout';
import { SceneSvg } from './SceneSvg';
import { buildAlbNodeScenes } from './test-scenes';

const DIR = join(import.meta.dirname, '__golden__');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** Float noise must not make goldens flaky: every number to one decimal. */
const roundNumbers = (svg: string) =>
  svg.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));

/** The static scene at its last event, one element per line for readable diffs. */
function renderGolden(kind: keyof ReturnType<typeof buildAlbNodeScenes>): string {
  const scenario = buildAlbNodeScenes()[kind];
  const layout = layoutScene(scenario, 760);
  const frame = frameAt(layout, layout.playMs[1]);
  const markup = renderToStaticMarkup(
    <SceneSvg layout={layout} frame={frame} prefix={`g-${kind}`} playhead={false} />,
  );
  return `${roundNumbers(markup).replace(/></g, '>\n<')}\n`;
}

describe('golden SVGs of the ALB → Node scenes (UPDATE_GOLDEN=1 rewrites them)', () => {
  for (const kind of ['served', 'reset', 'after-fin', 'fixed'] as const) {
    it(kind, () => {
      const svg = renderGolden(kind);
      const file = join(DIR, `${kind}.svg`);
      if (update || !existsSync(file)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, svg);
      }
      expect(svg).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('the reset scene shows the FIN, the request, the RST and the 502', () => {
    const svg = renderGolden('reset');
    for (const text of ['>FIN<', '>request<', '>RST<', '502', 'race window 16 ms', 'crossing'])
      expect(svg).toContain(text);
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });
});
