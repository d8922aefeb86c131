import { select } from 'd3-selection';
import { zoom as d3Zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { IDENTITY_ZOOM, type ZoomX } from './axis-scale';

const MAX_ZOOM = 2000;

export interface ZoomControls {
  zoom: ZoomX;
  /** Zooms by `factor` around screen x (default: the middle). */
  zoomBy: (factor: number, aroundX?: number) => void;
  /** Shows base x range [x0, x1] across the plot [p0, p1]. */
  zoomTo: (x0: number, x1: number, p0: number, p1: number) => void;
  reset: () => void;
}

/**
 * d3-zoom on the scene's SVG, x only: the transform lives in React state and the layout applies
 * it; D3 never touches the rendered nodes. Wheel zooms with Ctrl/⌘ (and trackpad pinch), so the
 * page still scrolls; drag pans.
 */
export function useZoomX(
  ref: RefObject<SVGSVGElement | null>,
  [plotX0, plotX1]: readonly [number, number],
  height: number,
): ZoomControls {
  const width = plotX1 - plotX0;
  const [zoom, setZoom] = useState<ZoomX>(IDENTITY_ZOOM);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const z = d3Zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      // Extents are the plot, so zoomed content always covers it (no blank before time 0).
      .extent([
        [plotX0, 0],
        [plotX1, height],
      ])
      .translateExtent([
        [plotX0, 0],
        [plotX1, height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        if (event.type === 'dblclick') return true;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: { transform: { k: number; x: number } }) =>
        setZoom({ k: event.transform.k, x: event.transform.x }),
      );
    const sel = select(svg);
    sel.call(z);
    // A new plot (resize) starts unzoomed: the old transform would point elsewhere.
    z.transform(sel, zoomIdentity);
    behaviour.current = z;
    return () => {
      sel.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, plotX0, plotX1, height]);

  const zoomBy = useCallback(
    (factor: number, aroundX = plotX0 + width / 2) => {
      const svg = ref.current;
      const z = behaviour.current;
      if (svg && z) z.scaleBy(select(svg), factor, [aroundX, 0]);
    },
    [ref, plotX0, width],
  );
  const zoomTo = useCallback(
    (x0: number, x1: number, p0: number, p1: number) => {
      const svg = ref.current;
      if (!svg || !behaviour.current || x1 <= x0) return;
      const k = Math.min(MAX_ZOOM, Math.max(1, (p1 - p0) / (x1 - x0)));
      behaviour.current.transform(select(svg), zoomIdentity.translate(p0 - k * x0, 0).scale(k));
    },
    [ref],
  );
  const reset = useCallback(() => {
    const svg = ref.current;
    if (svg && behaviour.current) behaviour.current.transform(select(svg), zoomIdentity);
  }, [ref]);
  return { zoom, zoomBy, zoomTo, reset };
}
