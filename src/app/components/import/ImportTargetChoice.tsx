import { useId } from 'react';
import { findFillCandidates } from '../../import/apply-import';
import type { ImportPreview } from '../../import/types';
import { useApp } from '../../store/useApp';

/** Append the found nodes, or fill one node of the chain (of the same technology) with them. */
export function ImportTargetChoice({ preview }: { preview: ImportPreview }) {
  const nodes = useApp((s) => s.chain.nodes);
  const target = useApp((s) => s.importTarget);
  const setTarget = useApp((s) => s.setImportTarget);
  const id = useId();
  const fillable = nodes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => findFillCandidates(preview, n.tech).length > 0);
  const fillIndex = target.mode === 'fill' ? target.nodeIndex : (fillable[0]?.i ?? 0);
  return (
    <fieldset className="import-target">
      <legend>Put them</legend>
      <label>
        <input
          type="radio"
          name={id}
          checked={target.mode === 'append'}
          onChange={() => setTarget({ mode: 'append' })}
        />{' '}
        at the server end of the chain (append)
      </label>
      <label>
        <input
          type="radio"
          name={id}
          checked={target.mode === 'fill'}
          disabled={fillable.length === 0}
          onChange={() => setTarget({ mode: 'fill', nodeIndex: fillIndex })}
        />{' '}
        into an existing node{fillable.length === 0 ? ' (none of the same technology)' : ''}
      </label>
      {target.mode === 'fill' ? (
        <label className="fill-node">
          Node to fill{' '}
          <select
            value={fillIndex}
            onChange={(e) => setTarget({ mode: 'fill', nodeIndex: Number(e.target.value) })}
          >
            {fillable.map(({ n, i }) => (
              <option key={n.id} value={i}>
                {n.label ?? n.tech} ({n.tech})
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </fieldset>
  );
}
