import { findTech } from '../../../core/catalog/registry';
import type { ImportPreview } from '../../import/types';
import { useApp } from '../../store/useApp';

/**
 * The order the found nodes join the chain, from the client end, and why (files come in the order
 * a file dialog sorts them, so config files' nodes are ordered by role); one click reverses it.
 */
export function ImportOrder({ preview }: { preview: ImportPreview }) {
  const target = useApp((s) => s.importTarget);
  const setTarget = useApp((s) => s.setImportTarget);
  if (preview.nodes.length < 2 || target.mode !== 'append') return null;
  const reversed = target.reversed === true;
  const names = preview.nodes.map((n) => n.label ?? findTech(n.tech)?.name ?? n.tech);
  const shown = reversed ? [...names].reverse() : names;
  return (
    <div className="import-order">
      <p>
        Order from the client end: <strong>{shown.join(' → ')}</strong>
        {preview.orderNote && !reversed ? (
          <span className="muted"> (by role: clients, load balancers, proxies, then apps)</span>
        ) : null}
      </p>
      <label>
        <input
          type="checkbox"
          checked={reversed}
          onChange={() => setTarget({ mode: 'append', reversed: !reversed })}
        />{' '}
        Reverse the order
      </label>
    </div>
  );
}
