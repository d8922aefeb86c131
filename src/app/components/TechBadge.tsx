import type { TechKind } from '../../core/catalog/types';
import { KIND_ICON, KIND_LABEL } from '../view/labels';

/** The kind of a technology as an icon plus words. */
export function TechBadge({ kind }: { kind: TechKind | undefined }) {
  if (!kind) return <span className="tech-badge kind-unknown">Unknown technology</span>;
  return (
    <span className={`tech-badge kind-${kind}`}>
      <span aria-hidden="true">{KIND_ICON[kind]}</span> {KIND_LABEL[kind]}
    </span>
  );
}
