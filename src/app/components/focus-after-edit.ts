/**
 * Where focus goes after an edit removes or adds what had it (WCAG 2.4.3): the next frame, once
 * React has rendered the new chain. A closing <dialog> hands focus back to its opener first; this
 * runs after that.
 */
function focusSoon(find: () => HTMLElement | null): void {
  requestAnimationFrame(() => find()?.focus());
}

/** A node card's first control (its Settings button), or the empty chain's "Add a node". */
export function focusNodeSoon(index: number): void {
  focusSoon(
    () =>
      document.querySelector<HTMLElement>(`[data-node="${index}"] .node-actions button`) ??
      document.querySelector<HTMLElement>('.chain-section .insert-button'),
  );
}

/** An element by id (made focusable with tabIndex −1 where it is not a control). */
export function focusIdSoon(id: string): void {
  focusSoon(() => document.getElementById(id));
}
