import { findTech } from '../../core/catalog/registry';
import type { ChainNode } from '../../core/model/chain';
import { TechBadge } from './TechBadge';

interface Props {
  node: ChainNode;
  index: number;
  count: number;
  selected: boolean;
  /** The card is read-only (the fixed-chain preview). */
  readOnly: boolean;
  onSelect: () => void;
  /** Moves the node at `from` (this one, or one dropped onto it) to position `to`. */
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}

const DRAG_TYPE = 'application/x-timeout-chain-node';

/**
 * One component of the chain: technology, version and label. Reorder by dragging, or with the
 * arrow buttons (keyboard: Tab to them; Alt+arrows would clash with the browser's Back).
 */
export function NodeCard({
  node,
  index,
  count,
  selected,
  readOnly,
  onSelect,
  onMove,
  onRemove,
}: Props) {
  const tech = findTech(node.tech);
  const version = node.version ?? tech?.defaultVersion;
  const name = node.label ?? tech?.name ?? node.tech;
  return (
    <article
      className={`node-card${selected ? ' selected' : ''}`}
      data-node={index}
      aria-label={`Node ${index + 1}: ${name}`}
      draggable={!readOnly}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, String(index));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (!readOnly && e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={(e) => {
        const from = Number(e.dataTransfer.getData(DRAG_TYPE));
        e.preventDefault();
        if (Number.isInteger(from) && from !== index) onMove(from, index);
      }}
    >
      <TechBadge kind={tech?.kind} />
      <h3 className="node-title">{name}</h3>
      <p className="node-tech">
        {tech?.name ?? `unknown: ${node.tech}`}
        {version && version !== 'current' ? <span className="muted"> {version}</span> : null}
        {node.client ? (
          <span className="node-part">
            {' '}
            + {findTech(node.client.tech)?.name ?? node.client.tech}
            <span className="muted"> (client side)</span>
          </span>
        ) : null}
      </p>
      <div className="node-actions">
        <button type="button" className="link-button" aria-pressed={selected} onClick={onSelect}>
          Settings<span className="visually-hidden"> of {name}</span>
        </button>
        {readOnly ? null : (
          <span className="icon-buttons">
            <button
              type="button"
              aria-label={`Move ${name} toward the client end`}
              disabled={index === 0}
              onClick={() => onMove(index, index - 1)}
            >
              ←
            </button>
            <button
              type="button"
              aria-label={`Move ${name} toward the server end`}
              disabled={index === count - 1}
              onClick={() => onMove(index, index + 1)}
            >
              →
            </button>
            <button type="button" aria-label={`Remove ${name}`} onClick={onRemove}>
              ✕
            </button>
          </span>
        )}
      </div>
    </article>
  );
}
