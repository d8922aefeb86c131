import { getEntry, getMap } from '../../source/yaml/entries';
import type { KubeObject } from '../../source/yaml/kubernetes';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import type { Context } from './settings';

/**
 * GKE's backend service settings for the Google Cloud Application Load Balancer a `gce` Ingress
 * or a Gateway makes: `BackendConfig` (`cloud.google.com/v1`, `spec.timeoutSec`) and
 * `GCPBackendPolicy` (`networking.gke.io/v1`, `spec.default.timeoutSec`) → a `gcp-https-lb` node.
 * The GFE's own keep-alive to backends is fixed (600 s, catalog); `timeoutSec` is the response
 * timeout, not an idle limit.
 */
export function readGcpBackend(o: KubeObject, ctx: Context): ExtractedNode | undefined {
  const { index } = o.document;
  const isPolicy = o.kind === 'GCPBackendPolicy';
  if (!isPolicy && o.kind !== 'BackendConfig') return undefined;
  const spec = getMap(o.map, isPolicy ? ['spec', 'default'] : ['spec'], index);
  const timeout = getEntry(spec, 'timeoutSec', index);
  const settings: ExtractedNode['settings'] = {};
  if (timeout) {
    const v = timeout.value;
    const seconds = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (Number.isInteger(seconds) && seconds >= 1 && seconds <= 2_147_483_647)
      settings['timeoutSec'] = writtenSetting(
        seconds * 1000,
        ctx.file,
        ctx.locate(timeout.keyStart),
        'timeoutSec',
      );
    else
      ctx.report(
        'ALB_INGRESS_INVALID_VALUE',
        'error',
        `timeoutSec must be a whole number of seconds (1–2147483647)`,
        timeout.valueStart,
      );
  }
  const scope = `${o.kind.toLowerCase()} ${o.namespace ?? 'default'}/${o.name}`;
  return { tech: 'gcp-https-lb', scope, settings, label: `GCP load balancer backend for ${scope}` };
}
