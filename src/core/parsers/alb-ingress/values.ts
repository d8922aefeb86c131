import type { YamlDocument } from '../../source/yaml/documents';
import { getEntry, getMap, readEntries, scalarText } from '../../source/yaml/entries';
import { albIngress, type IngressNode } from './objects';
import type { Context } from './settings';

/**
 * An app chart's Helm values (no `kind:`): `ingress: { enabled, className: alb, annotations: {
 * alb.ingress.kubernetes.io/load-balancer-attributes: … } }`, at the top or under a subchart key.
 * The chart renders them onto its Ingress, so they give the ALB in front of the app. An ingress
 * with `enabled: false` is not rendered.
 */
export function readValuesIngresses(
  documents: readonly YamlDocument[],
  ctx: Context,
): IngressNode[] {
  const out: IngressNode[] = [];
  for (const document of documents) {
    const { index } = document;
    const root = getMap(document.doc.contents, [], index);
    if (!root || getEntry(root, 'kind', index)) continue;
    const places: { prefix: string; map: ReturnType<typeof getMap> }[] = [
      { prefix: '', map: getMap(root, ['ingress'], index) },
      ...readEntries(root, index).map((e) => ({
        prefix: `${e.key}.`,
        map: getMap(e.node, ['ingress'], index),
      })),
    ];
    for (const { prefix, map } of places) {
      if (!map) continue;
      const enabled = getEntry(map, 'enabled', index);
      if (enabled?.value === false) continue;
      const className =
        scalarText(getEntry(map, 'className', index)?.node) ??
        scalarText(getEntry(map, 'ingressClassName', index)?.node);
      const annotations = new Map(
        readEntries(getMap(map, ['annotations'], index), index).map((e) => [e.key, e] as const),
      );
      const where = `helm values ${prefix}ingress`;
      const found = albIngress(
        { what: `The ${prefix}ingress values`, scope: where },
        className ?? scalarText(annotations.get('kubernetes.io/ingress.class')?.node),
        annotations,
        map.range?.[0] ?? 0,
        ctx,
      );
      if (found) out.push(found);
    }
  }
  return out;
}
