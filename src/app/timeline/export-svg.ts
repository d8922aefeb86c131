/** Pure helpers for exporting the scene: no DOM here, so they run in tests. */

export type ExportTheme = 'light' | 'dark' | 'auto';

const XMLNS = 'http://www.w3.org/2000/svg';

/**
 * Makes a scene's markup a standalone SVG document: the XML declaration, the SVG namespace,
 * the stylesheet embedded (CSS custom properties, so `auto` follows the viewer's colour scheme)
 * and, for `light`/`dark`, the theme pinned on the root.
 */
export function composeSvgDocument(svgMarkup: string, css: string, theme: ExportTheme): string {
  let markup = svgMarkup.trim();
  if (!/^<svg[\s>]/.test(markup)) throw new Error('composeSvgDocument: not an <svg> element');
  if (!markup.slice(0, markup.indexOf('>')).includes('xmlns='))
    markup = markup.replace(/^<svg/, `<svg xmlns="${XMLNS}"`);
  if (theme !== 'auto') markup = markup.replace(/^<svg/, `<svg data-theme="${theme}"`);
  const style = `<style>${escapeCss(css)}</style>`;
  const headEnd = markup.indexOf('>') + 1;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.slice(0, headEnd)}${style}${markup.slice(headEnd)}`;
}

/** CSS in an XML text node: only `<` and `&` need care (`>` in selectors is fine). */
const escapeCss = (css: string) => css.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** A file name for the export: `timeline-hop-1-reset.svg`. */
export function exportFileName(hopIndex: number, scenario: string, ext: 'svg' | 'png'): string {
  return `timeline-hop-${hopIndex + 1}-${scenario}.${ext}`;
}
