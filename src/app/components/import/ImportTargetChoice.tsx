import { useId } from 'react';
import { findFillCandidates } from '../../import/apply-import';
import { chooseImportTarget } from '../../import/import-target';
import type { ImportPreview } from '../../import/types';
import { findExampleOf } from '../../presets';
import type { ImportTarget } from '../../store/types';
import { useApp } from '../../store/useApp';

/**
 * Where the found nodes go: in place of the chain, at its server or client end, or into one node
 * of the same technology. Starts at the default for what was found (import-target.ts).
 */
export function ImportTargetChoice({ preview }: { preview: ImportPreview }) {
  const chain = useApp((s) => s.chain);
  const chosen = useApp((s) => s.importTarget);
  const setTarget = useApp((s) => s.setImportTarget);
  const id = useId();
  const example = findExampleOf(chain);
  const target = chosen ?? chooseImportTarget(chain, preview, !!example);
  const fillable = chain.nodes
    .map((n, i) => ({ n, i }))
    .filter(({ n }) => findFillCandidates(preview, n.tech).length > 0);
  const fillIndex = target.mode === 'fill' ? target.nodeIndex : (fillable[0]?.i ?? 0);
  const empty = chain.nodes.length === 0;
  const radio = (t: ImportTarget, label: string, disabled = false) => (
    <label>
      <input
        type="radio"
        name={id}
        checked={target.mode === t.mode}
        disabled={disabled}
        onChange={() => setTarget(t)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="import-target">
      <legend>Put them</legend>
      {radio(
        { mode: 'replace' },
        empty
          ? 'as the chain'
          : example
            ? `in place of the example (${example.title})`
            : 'in place of the whole chain',
      )}
      {empty ? null : radio({ mode: 'append' }, 'at the server end of the chain')}
      {empty ? null : radio({ mode: 'prepend' }, 'at the client end of the chain')}
      {empty
        ? null
        : radio(
            { mode: 'fill', nodeIndex: fillIndex },
            `into an existing node${fillable.length === 0 ? ' (none of the same technology)' : ''}`,
            fillable.length === 0,
          )}
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
