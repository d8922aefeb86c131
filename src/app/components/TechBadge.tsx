import type { TechKind } from '../../core/catalog/types';

export const KIND_LABEL: Record<TechKind, string> = {
  client: 'Client',
  cdn: 'CDN',
  'load-balancer': 'Load balancer',
  proxy: 'Proxy',
  sidecar: 'Sidecar',
  'app-server': 'App server',
  l4: 'L4 middlebox',
};

const KIND_ICON: Record<TechKind, string> = {
  client: '⇢',
  cdn: '☁',
  'load-balancer': '⚖',
  proxy: '⇄',
  sidecar: '◫',
  'app-server': '▣',
  l4: '⛁',
};

/** The kind of a technology as an icon plus words. */
export function TechBadge({ kind }: { kind: TechKind | undefined }) {
  if (!kind) return <span className="tech-badge kind-unknown">Unknown technology</span>;
  return (
    <span className={`tech-badge kind-${kind}`}>
      <span aria-hidden="true">{KIND_ICON[kind]}</span> {KIND_LABEL[kind]}
    </span>
  );
}
