import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { SettingDef, TechDef } from '../types';
import { describeNginxRetry } from './nginx-retry';
import { fractionalSeconds, nginxTime } from './snippet-format';

const DOC = 'https://kubernetes.github.io/ingress-nginx/user-guide/nginx-configuration/configmap/';
const CONFIG = 'src: ingress-nginx dbb11b92dd internal/ingress/controller/config/config.go';

/** ConfigMap values are strings: `upstream-keepalive-timeout: "55"`. */
const cm =
  (key: string, format: (v: KnownScalar) => string = (v) => String(v ?? 0)) =>
  (v: KnownScalar) =>
    `${key}: "${format(v)}"`;
const secondsValue = (v: KnownScalar): string => fractionalSeconds(v);

const setting = (
  key: string,
  label: string,
  role: SettingDef['role'],
  kind: SettingDef['kind'],
  value: KnownScalar,
  lines: string,
  extra: Partial<SettingDef> = {},
): SettingDef => ({
  key,
  label,
  role,
  kind,
  defaults: [{ value, source: `${CONFIG} ${lines}` }],
  doc: `${DOC}#${key}`,
  snippet: cm(key, kind === 'duration' ? secondsValue : undefined),
  ...extra,
});

/** The ingress-nginx controller's ConfigMap (`ingress-nginx-controller`): an nginx in front of pods. */
export const ingressNginx: TechDef = {
  id: 'ingress-nginx',
  name: 'ingress-nginx (ConfigMap)',
  label: 'ingress-nginx',
  kind: 'proxy',
  versions: ['1.15.0'],
  defaultVersion: '1.15.0',
  sides: 'both',
  doc: DOC,
  settings: [
    setting(
      'keep-alive',
      'Client keep-alive idle time (keepalive_timeout), seconds',
      'server-idle',
      'duration',
      75_000,
      'L264-267, L809',
      { dialect: 'seconds' },
    ),
    setting(
      'keep-alive-requests',
      'Requests per client connection (keepalive_requests)',
      'max-requests',
      'count',
      1000,
      'L269-271, L810',
    ),
    setting(
      'upstream-keepalive-connections',
      'Idle upstream connections per worker (0 disables upstream keep-alive)',
      null,
      'count',
      320,
      'L493-497, L888',
    ),
    setting(
      'upstream-keepalive-timeout',
      'Idle time of a cached upstream connection, seconds',
      'client-idle',
      'duration',
      60_000,
      'L503-505, L890',
      { dialect: 'seconds' },
    ),
    setting(
      'upstream-keepalive-requests',
      'Requests per upstream connection',
      'max-requests',
      'count',
      10_000,
      'L507-510, L891',
    ),
    setting(
      'upstream-keepalive-time',
      'Maximum age of an upstream connection (with a unit, e.g. 1h)',
      'max-age',
      'duration',
      3_600_000,
      'L499-501, L889',
      { dialect: 'nginx', snippet: cm('upstream-keepalive-time', nginxTime) },
    ),
    setting(
      'proxy-read-timeout',
      'Time between two reads of the upstream response, seconds',
      'request-timeout',
      'duration',
      60_000,
      'L858-860',
      { dialect: 'seconds' },
    ),
    setting(
      'proxy-next-upstream-tries',
      'Tries across upstreams for one request',
      null,
      'count',
      3,
      'L866-868',
    ),
    setting(
      'retry-non-idempotent',
      'Retry POST/PATCH on the next upstream',
      null,
      'bool',
      false,
      'L866-868',
    ),
  ],
  resolve(r) {
    const keepAlive = r.num('keep-alive');
    const pool = r.num('upstream-keepalive-connections').value;
    const reuse = pool !== 0;
    const tries = r.num('proxy-next-upstream-tries').value ?? 0;
    const nextUpstream = r.bool('retry-non-idempotent')
      ? 'error timeout non_idempotent'
      : 'error timeout';
    return {
      server: {
        idle: keepAlive,
        keepAlive: keepAlive.value !== 0,
        ...(keepAlive.value === 0
          ? { keepAliveNote: 'keep-alive "0" disables client keep-alive' }
          : {}),
        hint: null,
        granularityMs: ms(5),
        maxRequests: r.num('keep-alive-requests'),
        fixKey: 'keep-alive',
        notes: [
          'The template writes keepalive_timeout with one parameter: no Keep-Alive header is sent.',
        ],
      },
      client: {
        idle: r.num('upstream-keepalive-timeout'),
        reuse,
        ...(reuse
          ? {}
          : {
              reuseNote:
                'upstream-keepalive-connections "0" disables upstream keep-alive (Connection: close)',
            }),
        hint: {
          honours: false,
          source: 'nginx upstream: no Keep-Alive parser (reference §1 nginx client side)',
        },
        finDetection: true,
        // A failure on a cached connection does not use up a try, so a race error gets `tries` more.
        retry: describeNginxRetry(nextUpstream, tries),
        granularityMs: ms(5),
        maxRequests: r.num('upstream-keepalive-requests'),
        maxAge: r.num('upstream-keepalive-time'),
        fixKey: 'upstream-keepalive-timeout',
        notes: [
          'There are no per-Ingress annotations for upstream keep-alive: the ConfigMap applies to every backend.',
        ],
      },
    };
  },
};
