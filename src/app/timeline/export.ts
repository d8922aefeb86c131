import { downloadBlob } from '../download';
import css from './timeline.css?raw';
import { composeSvgDocument, type ExportTheme } from './export-svg';

/** The theme the page shows now: `[data-theme]` on the root, else the OS preference. */
export function readCurrentTheme(): 'light' | 'dark' {
  const attr = document.documentElement.dataset['theme'];
  if (attr === 'light' || attr === 'dark') return attr;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * The scene as a standalone SVG document with its styles inlined. `auto` keeps both colour
 * schemes (the viewer's preference picks one).
 */
export function serializeScene(svg: SVGSVGElement, theme: ExportTheme = 'auto'): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('.tl-playhead-g, .tl-playhead-label').forEach((n) => n.remove());
  return composeSvgDocument(new XMLSerializer().serializeToString(clone), css, theme);
}

/** Rasterises an SVG document: Image → canvas (× `scale` for sharpness) → PNG blob. */
export async function renderPng(svgText: string, width: number, height: number, scale = 2) {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    const loaded = new Promise<void>((resolve, reject) => {
      img.addEventListener('load', () => resolve());
      img.addEventListener('error', () =>
        reject(new Error('the scene could not be drawn as an image')),
      );
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportSceneSvg(svg: SVGSVGElement, fileName: string): Promise<void> {
  downloadBlob(new Blob([serializeScene(svg, 'auto')], { type: 'image/svg+xml' }), fileName);
}

export async function exportScenePng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const { width, height } = svg.viewBox.baseVal;
  const png = await renderPng(serializeScene(svg, readCurrentTheme()), width, height);
  downloadBlob(png, fileName);
}
