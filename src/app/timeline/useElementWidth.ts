import { useEffect, useState, type RefObject } from 'react';

/**
 * The content width (inside padding) of an element in px (ResizeObserver, which reports once on
 * observe), clamped to [min, max] and rounded to
 * 10 px so small resizes do not re-lay out the scene; `fallback` until measured (and in SSR).
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  [min, max]: readonly [number, number] = [320, 1280],
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.min(max, Math.max(min, Math.floor(w / 10) * 10)));
    };
    const ro = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, min, max]);
  return width;
}
