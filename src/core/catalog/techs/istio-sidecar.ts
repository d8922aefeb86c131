import { compareVersions } from '../../model/version';
import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { RetryBehaviour, SettingReader, TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { describeEnvoyRetry } from './envoy-common';
import { nestedYaml } from './snippet-format';

const DOC =
  'https://istio.io/latest/docs/reference/config/networking/destination-rule/#ConnectionPoolSettings-HTTPSettings';
const DR = 'doc: istio/api DestinationRule ConnectionPoolSettings.HTTPSettings';
const TCP = 'doc: istio/api DestinationRule ConnectionPoolSettings.TCPSettings';
const TCP_DOC =
  'https://istio.io/latest/docs/reference/config/networking/destination-rule/#ConnectionPoolSettings-TCPSettings';

const drYaml = (field: string, format: (v: KnownScalar) => string) => (v: KnownScalar) =>
  nestedYaml(`trafficPolicy.connectionPool.http.${field}`, format(v));
const goText = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'go') : '0s';

/**
 * Retries for the race. Inbound (sidecar → app): `reset-before-request` × 2 since 1.24
 * (istio PR #52055). Outbound: the default policy does not include `reset` (istio#35774).
 */
function describeIstioRetry(r: SettingReader): RetryBehaviour {
  if (r.str('direction') === 'inbound' && compareVersions(r.version, '1.24') >= 0)
    return {
      ...describeEnvoyRetry('reset-before-request', 2),
      source: 'istio PR #52055; 1.24 upgrade notes',
    };
  return {
    ...describeEnvoyRetry(
      'connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes',
      2,
    ),
    source: 'src: istio pilot/pkg/networking/core/route/retry/retry.go; istio#35774',
  };
}

/** The Istio sidecar (Envoy) next to an app: DestinationRule pool to the app or upstream service. */
export const istioSidecar: TechDef = {
  id: 'istio-sidecar',
  name: 'Istio sidecar (Envoy)',
  kind: 'sidecar',
  versions: ['1.27', '1.26', '1.25', '1.24', '1.23', '1.22'],
  defaultVersion: '1.27',
  sides: 'both',
  doc: DOC,
  settings: [
    {
      key: 'direction',
      label: 'inbound: the sidecar in front of its own app; outbound: the caller-side sidecar',
      role: null,
      kind: 'enum',
      enumValues: ['inbound', 'outbound'],
      defaults: [
        {
          value: 'inbound',
          source: 'catalog choice: a sidecar node in a chain usually fronts its app',
        },
      ],
      doc: 'https://istio.io/latest/docs/ops/deployment/architecture/',
      snippet: (v) => `# ${String(v)} traffic`,
    },
    {
      key: 'connectionPool.http.idleTimeout',
      label: 'Idle time of upstream pool connections (unset: Envoy 1 h)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 3_600_000, source: `${DR}; Envoy default 1 h` }],
      doc: DOC,
      snippet: drYaml('idleTimeout', goText),
    },
    {
      key: 'connectionPool.http.maxRequestsPerConnection',
      label: 'Requests per upstream connection (0 unlimited, 1 disables keep-alive)',
      role: 'max-requests',
      kind: 'count',
      defaults: [{ value: null, source: DR, note: '0 = unlimited' }],
      doc: DOC,
      snippet: drYaml('maxRequestsPerConnection', (v) => String(v ?? 0)),
    },
    {
      key: 'connectionPool.tcp.maxConnectionDuration',
      label: 'Maximum age of an upstream connection (unset: none)',
      role: 'max-age',
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: null, source: `${TCP}: "If not set, there is no max duration"` }],
      doc: TCP_DOC,
      snippet: (v) =>
        nestedYaml('trafficPolicy.connectionPool.tcp.maxConnectionDuration', goText(v)),
    },
    {
      key: 'connectionPool.tcp.idleTimeout',
      label: 'Idle time of TCP-proxied connections (TCP services only; HTTP uses http.idleTimeout)',
      role: null,
      kind: 'duration',
      dialect: 'go',
      defaults: [{ value: 3_600_000, source: `${TCP}: unset 1 h, 0s disables` }],
      doc: TCP_DOC,
      snippet: (v) => nestedYaml('trafficPolicy.connectionPool.tcp.idleTimeout', goText(v)),
    },
    {
      key: 'proxyMetadata.ISTIO_META_IDLE_TIMEOUT',
      label: 'Idle timeout of downstream (inbound) connections to the sidecar (unset: Envoy 1 h)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'go',
      defaults: [
        {
          value: 3_600_000,
          source: "istio/istio PR #13515; istio/api PR #3701; Envoy's HCM default 1 h",
          assumption: true,
        },
      ],
      doc: 'https://istio.io/latest/docs/reference/config/istio.mesh.v1alpha1/#ProxyConfig',
      snippet: (v) =>
        `proxy.istio.io/config: |\n  proxyMetadata:\n    ISTIO_META_IDLE_TIMEOUT: "${goText(v)}"`,
    },
  ],
  resolve(r) {
    const maxRequests = zeroIsUnlimited(r.num('connectionPool.http.maxRequestsPerConnection'));
    const reuse = maxRequests.value !== 1;
    return {
      server: {
        idle: zeroIsUnlimited(r.num('proxyMetadata.ISTIO_META_IDLE_TIMEOUT')),
        keepAlive: true,
        hint: null,
        granularityMs: ms(5),
        fixKey: 'proxyMetadata.ISTIO_META_IDLE_TIMEOUT',
        notes: ['The sidecar sends no Keep-Alive header (UNVERIFIED).'],
      },
      client: {
        idle: zeroIsUnlimited(r.num('connectionPool.http.idleTimeout')),
        reuse,
        ...(reuse ? {} : { reuseNote: 'maxRequestsPerConnection 1: one request per connection' }),
        hint: {
          honours: false,
          assumption: true,
          source: 'reference §5: Envoy/Istio ignore Keep-Alive (UNVERIFIED)',
        },
        finDetection: true,
        retry: describeIstioRetry(r),
        granularityMs: ms(5),
        maxRequests,
        maxAge: r.num('connectionPool.tcp.maxConnectionDuration'),
        fixKey: 'connectionPool.http.idleTimeout',
        notes: [
          'The race surfaces as 503 UC "upstream connect error or disconnect/reset before headers".',
        ],
      },
    };
  },
};
