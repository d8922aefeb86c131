import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { composeSvgDocument, exportFileName } from './export-svg';
import { frameAt } from './frame';
import { layoutScene } from './layout';
import { SceneSvg } from './SceneSvg';
import { buildAlbNodeScenes } from './test-scenes';

const CSS =
  '.tl-scene { --tl-bg: #fff } @media (prefers-color-scheme: dark) { .tl-scene:root { --tl-bg: #000 } } a > b {}';

describe('SVG export', () => {
  const layout = layoutScene(buildAlbNodeScenes().reset, 760);
  const markup = renderToStaticMarkup(
    createElement(SceneSvg, { layout, frame: frameAt(layout, layout.playMs[1]), prefix: 'x' }),
  );

  it('is a standalone document with its styles, FIN and RST inside', () => {
    const doc = composeSvgDocument(markup, CSS, 'auto');
    expect(doc.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(doc.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(doc).toContain('<style>.tl-scene { --tl-bg: #fff }');
    expect(doc).toContain('prefers-color-scheme: dark');
    expect(doc).toContain('>FIN<');
    expect(doc).toContain('>RST<');
    expect(doc).not.toContain('data-theme=');
  });

  it('pins a theme for raster export and escapes markup in CSS', () => {
    const doc = composeSvgDocument(
      '<svg viewBox="0 0 1 1"></svg>',
      'a::after{content:"<&"}',
      'dark',
    );
    expect(doc).toContain('<svg data-theme="dark" xmlns="http://www.w3.org/2000/svg"');
    expect(doc).toContain('content:"&lt;&amp;"');
    expect(() => composeSvgDocument('<div></div>', '', 'auto')).toThrow();
  });

  it('names files after the hop and the scenario', () => {
    expect(exportFileName(1, 'reset', 'png')).toBe('timeline-hop-2-reset.png');
  });
});
