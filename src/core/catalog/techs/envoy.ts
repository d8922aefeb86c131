import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { SettingDef, TechDef } from '../types';
import { zeroIsUnlimited } from './effective';
import { describeEnvoyRetry, protoDuration } from './envoy-common';
import { nestedYaml } from './snippet-format';

const DOC = 'https://www.envoyproxy.io/docs/envoy/v1.39.0/faq/configuration/timeouts';
const PROTO =
  'doc: envoyproxy.io v1.39.0 faq/configuration/timeouts; api/envoy/config/core/v3/protocol.proto';
const HCM = 'common_http_protocol_options';
const HCM_PROTO =
  'doc: envoyproxy.io v1.39.0 faq/configuration/timeouts (stream timeouts); api/envoy/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto';
const HTTP_OPTIONS = 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions';
/** A cluster's typed HttpProtocolOptions; Envoy requires an upstream protocol choice beside them. */
const CLUSTER_OPTS = 'cluster';

const clusterYaml = (field: string, text: string): string =>
  [
    'typed_extension_protocol_options:',
    `  ${HTTP_OPTIONS}:`,
    `    "@type": type.googleapis.com/${HTTP_OPTIONS}`,
    '    explicit_http_config:',
    '      http_protocol_options: {}',
    '    common_http_protocol_options:',
    `      ${field}: ${text}`,
  ].join('\n');

const yamlAt =
  (path: string, field: string, format: (v: KnownScalar) => string) => (v: KnownScalar) =>
    path === CLUSTER_OPTS
      ? clusterYaml(field, format(v))
      : nestedYaml(`${path}.${field}`, format(v));
const count = (v: KnownScalar): string => String(v ?? 0);

const setting = (
  key: string,
  label: string,
  role: SettingDef['role'],
  value: KnownScalar,
  snippet: (v: KnownScalar) => string,
  kind: SettingDef['kind'] = 'duration',
): SettingDef => ({
  key,
  label,
  role,
  kind,
  ...(kind === 'duration' ? { dialect: 'go' as const } : {}),
  defaults: [{ value, source: PROTO }],
  doc: DOC,
  snippet,
});

/** Envoy as an HTTP proxy: HCM (downstream) and cluster (upstream) HttpProtocolOptions. */
export const envoy: TechDef = {
  id: 'envoy',
  name: 'Envoy',
  kind: 'proxy',
  versions: ['1.39.0'],
  defaultVersion: '1.39.0',
  sides: 'both',
  doc: DOC,
  settings: [
    setting(
      'downstream.idle_timeout',
      'HCM idle timeout for downstream connections (0s disables)',
      'server-idle',
      3_600_000,
      yamlAt(HCM, 'idle_timeout', protoDuration),
    ),
    setting(
      'downstream.max_connection_duration',
      'Maximum age of a downstream connection',
      'max-age',
      null,
      yamlAt(HCM, 'max_connection_duration', protoDuration),
    ),
    setting(
      'downstream.max_requests_per_connection',
      'Requests per downstream connection before Envoy closes it (unset: no limit)',
      'max-requests',
      null,
      yamlAt(HCM, 'max_requests_per_connection', count),
      'count',
    ),
    {
      ...setting(
        'stream_idle_timeout',
        'HCM: idle time of one request/stream (not of the connection; 0s disables)',
        'request-timeout',
        300_000,
        (v) => nestedYaml('stream_idle_timeout', protoDuration(v)),
      ),
      defaults: [{ value: 300_000, source: `${HCM_PROTO}: stream_idle_timeout defaults to 5 min` }],
    },
    {
      ...setting(
        'request_timeout',
        'HCM: time to receive the whole request (unset or 0s: disabled)',
        'request-timeout',
        null,
        (v) => nestedYaml('request_timeout', protoDuration(v)),
      ),
      defaults: [{ value: null, source: `${HCM_PROTO}: request_timeout is disabled by default` }],
    },
    setting(
      'upstream.idle_timeout',
      'Idle time of a pooled upstream connection (cluster)',
      'client-idle',
      3_600_000,
      yamlAt(CLUSTER_OPTS, 'idle_timeout', protoDuration),
    ),
    setting(
      'upstream.max_connection_duration',
      'Maximum age of a pooled upstream connection (cluster; unset: none)',
      'max-age',
      null,
      yamlAt(CLUSTER_OPTS, 'max_connection_duration', protoDuration),
    ),
    setting(
      'upstream.max_requests_per_connection',
      'Requests per upstream connection (1 disables reuse)',
      'max-requests',
      null,
      yamlAt(CLUSTER_OPTS, 'max_requests_per_connection', count),
      'count',
    ),
    setting(
      'retry_policy.retry_on',
      'Route retry conditions (reset, reset-before-request, …)',
      null,
      '',
      (v) => nestedYaml('retry_policy.retry_on', `"${String(v)}"`),
      'text',
    ),
    setting(
      'retry_policy.num_retries',
      'Retries allowed by the route retry policy',
      null,
      1,
      (v) => nestedYaml('retry_policy.num_retries', count(v)),
      'count',
    ),
  ],
  resolve(r) {
    const maxRequests = r.num('upstream.max_requests_per_connection');
    const reuse = maxRequests.value !== 1;
    const retry = describeEnvoyRetry(
      r.str('retry_policy.retry_on'),
      r.num('retry_policy.num_retries').value ?? 1,
    );
    return {
      server: {
        // 0s disables the idle timeout.
        idle: zeroIsUnlimited(r.num('downstream.idle_timeout')),
        keepAlive: true,
        hint: null,
        granularityMs: ms(5),
        maxAge: r.num('downstream.max_connection_duration'),
        maxRequests: zeroIsUnlimited(r.num('downstream.max_requests_per_connection')),
        fixKey: 'downstream.idle_timeout',
        notes: ['Envoy sends no Keep-Alive header (UNVERIFIED).'],
      },
      client: {
        idle: zeroIsUnlimited(r.num('upstream.idle_timeout')),
        reuse,
        ...(reuse
          ? {}
          : { reuseNote: 'max_requests_per_connection 1: one request per upstream connection' }),
        hint: {
          honours: false,
          assumption: true,
          source: 'reference §5: Envoy ignores Keep-Alive (UNVERIFIED)',
        },
        finDetection: true,
        retry,
        granularityMs: ms(5),
        maxRequests,
        maxAge: r.num('upstream.max_connection_duration'),
        fixKey: 'upstream.idle_timeout',
        notes: [],
      },
    };
  },
};
