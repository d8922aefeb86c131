import { findTech } from '../../core/catalog/registry';
import type { ChainNode } from '../../core/model/chain';
import { TechBadge } from './TechBadge';

interface Props {
  node: ChainNode;
  index: number;
  selected: boolean;
  onSelect: () => void;
}

/** One component of the chain: technology, version and label. */
export function NodeCard({ node, index, selected, onSelect }: Props) {
  const tech = findTech(node.tech);
  const version = node.version ?? tech?.defaultVersion;
  return (
    <article
      className={`node-card${selected ? ' selected' : ''}`}
      data-node={index}
      aria-label={`Node ${index + 1}: ${node.label ?? tech?.name ?? node.tech}`}
    >
      <TechBadge kind={tech?.kind} />
      <h3 className="node-title">{node.label ?? tech?.name ?? node.tech}</h3>
      <p className="node-tech">
        {tech?.name ?? node.tech}
        {version && version !== 'current' ? <span className="muted"> {version}</span> : null}
      </p>
      <button type="button" className="link-button" aria-pressed={selected} onClick={onSelect}>
        Settings
      </button>
    </article>
  );
}
