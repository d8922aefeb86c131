import type { SettingInput } from '../../model/chain';
import { ownEntry } from '../../model/own-entry';
import { INGRESS_KEYS } from '../ingress-nginx/keys';
import type { ExtractedNode } from '../types';
import { readConfigValue } from './helm-values';
import { readObjectLiteral } from './object-literal';
import { readArgument, type ReadContext } from './settings';
import type { Block } from './tree';

/** The Kubernetes provider's ConfigMap resources; `_v1_data` patches a ConfigMap it does not own. */
export const CONFIG_MAP_TYPES = new Set([
  'kubernetes_config_map',
  'kubernetes_config_map_v1',
  'kubernetes_config_map_v1_data',
]);

/**
 * A ConfigMap of the ingress-nginx controller written as a Terraform resource (named like the
 * controller's, or holding its keys): its `data = { "keep-alive" = "75" }` read as ingress-nginx
 * reads the ConfigMap. Undefined for another ConfigMap.
 */
export function extractConfigMap(block: Block, ctx: ReadContext): ExtractedNode | undefined {
  const metadata = block.body.blocks.find((b) => b.type === 'metadata');
  const name = metadata ? readArgument(metadata.body, 'name', ctx.resolve) : undefined;
  const data = readObjectLiteral(block.body.attributes.find((a) => a.name === 'data')?.expr ?? []);
  const named = name?.kind === 'string' && /ingress|nginx/i.test(name.value);
  if (!named && !data.some((e) => ownEntry(INGRESS_KEYS, e.key) !== undefined)) return undefined;
  const settings: Record<string, SettingInput> = {};
  for (const e of data) {
    const at = ctx.text[e.keyStart] === '"' ? e.keyStart + 1 : e.keyStart;
    readConfigValue(e.key, e.expr, at, e.key, ctx, settings);
  }
  const scope = `${block.labels[0] ?? ''}.${block.labels[1] ?? ''}`;
  return { tech: 'ingress-nginx', scope, settings, label: `ingress-nginx ${scope}` };
}

/**
 * A ConfigMap patch (`kubernetes_config_map_v1_data`) of the one controller a helm_release in the
 * same file installs: its keys override the release's (the patch is applied after the chart with
 * `force = true`), one node.
 */
export function mergeConfigMapPatches(
  nodes: ExtractedNode[],
  patches: ExtractedNode[],
): ExtractedNode[] {
  const releases = nodes.filter(
    (n) => n.tech === 'ingress-nginx' && n.scope.startsWith('helm_release.'),
  );
  const [release] = releases;
  const onlyPatches = patches.every((p) => p.scope.startsWith('kubernetes_config_map_v1_data.'));
  if (releases.length !== 1 || !release || !onlyPatches) return [...nodes, ...patches];
  for (const p of patches) Object.assign(release.settings, p.settings);
  return nodes;
}
