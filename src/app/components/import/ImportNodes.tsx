import { findTech } from '../../../core/catalog/registry';
import { nameTech } from '../../../core/import/node-label';
import { pickedIndexes } from '../../import/apply-import';
import type { ImportPreview } from '../../import/types';
import { useApp } from '../../store/useApp';
import { ImportNodeValues } from './ImportNodeValues';

/** Why the nodes are in this order, in words. */
function describeOrder(preview: ImportPreview, changed: boolean): string {
  if (changed) return 'In the order you chose, from the client end.';
  if (preview.orderNote)
    return 'Ordered by role from the client end (clients, load balancers, proxies, then apps), not by file name.';
  return 'In the order they were found, from the client end.';
}

/**
 * Every node found, in the order it joins the chain from the client end, with its values and
 * their source lines as the chain will show them: a checkbox per node, moves up and down, and
 * "Reverse the order" in one click.
 */
export function ImportNodes({ preview }: { preview: ImportPreview }) {
  const pick = useApp((s) => s.importPick);
  const setPick = useApp((s) => s.setImportPick);
  const skipped = new Set(pick?.skipped ?? []);
  const order = pickedIndexes(preview, pick ? { ...pick, skipped: [] } : null);
  const changed = pick !== null && order.some((i, k) => i !== k);
  const update = (next: number[], nextSkipped = [...skipped]) =>
    setPick({ order: next, skipped: nextSkipped });
  const move = (k: number, by: -1 | 1) => {
    const next = [...order];
    const [a, b] = [next[k], next[k + by]];
    if (a === undefined || b === undefined) return;
    next[k] = b;
    next[k + by] = a;
    update(next);
  };
  const labelOf = (i: number) => preview.nodes[i]?.label ?? nameTech(preview.nodes[i]?.tech ?? '');
  return (
    <section className="import-nodes-list" aria-labelledby="import-nodes-title">
      <h4 id="import-nodes-title">Nodes to add, client end first</h4>
      <p className="muted import-order-note">
        {describeOrder(preview, changed)}{' '}
        {order.length > 1 ? (
          <button
            type="button"
            className="link-button"
            onClick={() => update([...order].reverse())}
          >
            Reverse the order
          </button>
        ) : null}
      </p>
      <ol className="import-node-rows">
        {order.map((i, k) => {
          const node = preview.nodes[i];
          if (!node) return null;
          const label = labelOf(i);
          const on = !skipped.has(i);
          return (
            <li key={i} data-import-node={label} className={on ? undefined : 'is-skipped'}>
              <div className="import-node-head">
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() =>
                      update(order, on ? [...skipped, i] : [...skipped].filter((x) => x !== i))
                    }
                  />{' '}
                  <strong>{label}</strong>{' '}
                  <span className="muted">{findTech(node.tech)?.name ?? node.tech}</span>
                </label>
                <span className="import-node-moves">
                  <button
                    type="button"
                    disabled={k === 0}
                    aria-label={`Move ${label} toward the client end`}
                    title="Toward the client end"
                    onClick={() => move(k, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={k === order.length - 1}
                    aria-label={`Move ${label} toward the server end`}
                    title="Toward the server end"
                    onClick={() => move(k, 1)}
                  >
                    ↓
                  </button>
                </span>
              </div>
              <ImportNodeValues node={node} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
