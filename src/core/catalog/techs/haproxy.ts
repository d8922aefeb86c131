import { formatDuration, ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { EffectiveValue, RetryBehaviour, SettingDef, SettingReader, TechDef } from '../types';
import { fallbackFrom } from './effective';

const DOC = 'https://docs.haproxy.org/3.2/configuration.html';
const CFG = 'doc: HAProxy 3.5-dev5 doc/configuration.txt';

const time = (v: KnownScalar): string =>
  typeof v === 'number' ? formatDuration(ms(v), 'haproxy') : '0';
const line =
  (name: string, format: (v: KnownScalar) => string, where: string) => (v: KnownScalar) =>
    `${name} ${format(v)}  # ${where}`;

const timeout = (
  name: string,
  role: SettingDef['role'],
  label: string,
  lines: string,
): SettingDef => ({
  key: `timeout ${name}`,
  label,
  role,
  kind: 'duration',
  dialect: 'haproxy',
  defaults: [{ value: null, source: `${CFG} ${lines}`, note: 'unset' }],
  doc: `${DOC}#4-timeout%20${name}`,
  snippet: line(`timeout ${name}`, time, 'defaults / frontend'),
});

/**
 * `option http-server-close` / `option httpclose`: set in the frontend or the backend a request
 * passes through, either one applies (configuration manual, "option http-server-close": "enabled
 * if at least one of the frontend or backend holding a connection has it enabled").
 */
const modeOption = (name: string, label: string): SettingDef => ({
  key: `option ${name}`,
  label,
  role: null,
  kind: 'bool',
  defaults: [
    { value: false, source: `doc: ${DOC}#4-option%20${name} (default: keep-alive on both sides)` },
  ],
  doc: `${DOC}#4-option%20${name}`,
  snippet: (v) => `${v === true ? '' : 'no '}option ${name}  # defaults / frontend / backend`,
});

/** S: http-keep-alive, else http-request, else client, else no limit (each step a fallback). */
function resolveServerIdle(r: SettingReader): EffectiveValue {
  const keepAlive = r.num('timeout http-keep-alive');
  if (r.isSet('timeout http-keep-alive') && keepAlive.value !== null) return keepAlive;
  for (const key of ['timeout http-request', 'timeout client'])
    if (r.isSet(key) && r.num(key).value !== null)
      return fallbackFrom(
        'timeout http-keep-alive',
        r.num(key),
        r.num(key).value,
        `${key} applies`,
      );
  const client = r.num('timeout client');
  return fallbackFrom(
    'timeout http-keep-alive',
    client,
    null,
    'no timeout set: connections never time out',
  );
}

function describeHaproxyRetry(r: SettingReader): RetryBehaviour {
  const on = r.str('retry-on').toLowerCase().split(/\s+/);
  const attempts = r.num('retries').value ?? 0;
  if (on.includes('empty-response') || on.includes('all-retryable-errors'))
    return {
      policy: 'idempotent',
      attempts,
      summary: `retry-on ${r.str('retry-on')}: the request is retried (buffered); method restrictions UNVERIFIED, assumed idempotent only`,
      source: `${CFG} L12355-12470`,
    };
  return {
    policy: 'returns-502',
    attempts: 0,
    summary:
      'retry-on without empty-response: a reset on a reused connection reaches the client as 502',
    source: `${CFG} L12355-12470`,
  };
}

/** Why the backend side opens a new server connection rather than reusing an idle one. */
function describeNoReuse(close: boolean, serverClose: boolean, noPool: boolean): string {
  if (close) return 'option httpclose: the server connection is closed after each response';
  if (serverClose)
    return 'option http-server-close: the server connection is closed after each response';
  if (noPool) return 'pool-max-conn 0: no idle server connection is kept';
  return 'http-reuse never: a new server connection per client connection';
}

/** HAProxy in HTTP mode. Bare numbers are milliseconds. */
export const haproxy: TechDef = {
  id: 'haproxy',
  name: 'HAProxy',
  kind: 'proxy',
  versions: ['3.5', '3.2', '3.0', '2.8', '2.6', '2.4'],
  defaultVersion: '3.2',
  sides: 'both',
  doc: DOC,
  settings: [
    timeout(
      'http-keep-alive',
      'server-idle',
      'Wait for the next request on a keep-alive connection (unset → http-request → client)',
      'L14764-14840',
    ),
    timeout(
      'http-request',
      'request-timeout',
      'Time to receive complete request headers',
      'L14842',
    ),
    timeout('client', null, 'Client-side inactivity (unset = infinite)', 'L14645-14684'),
    timeout('server', null, 'Server-side inactivity (unset = infinite)', 'L14919'),
    {
      key: 'pool-purge-delay',
      label: 'Interval at which part of the idle server connections is closed',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'haproxy',
      defaults: [{ value: 5000, source: `${CFG} L19489-19494` }],
      doc: `${DOC}#5.2-pool-purge-delay`,
      snippet: line('pool-purge-delay', time, 'on the server line or default-server'),
    },
    {
      key: 'pool-max-conn',
      label: 'Idle connections kept per server (-1 = unlimited, 0 = none: no reuse)',
      role: null,
      kind: 'count',
      range: { negative: 'no-limit', source: 'HAProxy: pool-max-conn -1 means unlimited' },
      defaults: [{ value: null, source: `${CFG} L19461-19488`, note: '-1 = unlimited' }],
      doc: `${DOC}#5.2-pool-max-conn`,
      snippet: line(
        'pool-max-conn',
        (v) => String(v ?? -1),
        'on the server line or default-server',
      ),
    },
    {
      key: 'pool-low-conn',
      label: 'Idle connections a thread keeps before taking one from another thread',
      role: null,
      kind: 'count',
      defaults: [{ value: 0, source: `${CFG} L19461-19488` }],
      doc: `${DOC}#5.2-pool-low-conn`,
      snippet: line('pool-low-conn', (v) => String(v ?? 0), 'on the server line or default-server'),
    },
    modeOption(
      'http-server-close',
      'Close the server connection after each response (client side stays keep-alive)',
    ),
    modeOption('httpclose', 'Close both connections after each response (forceclose before 2.0)'),
    {
      key: 'http-reuse',
      label: 'Server connection reuse policy',
      role: null,
      kind: 'enum',
      enumValues: ['never', 'safe', 'aggressive', 'always'],
      defaults: [{ value: 'safe', source: `${CFG} L9013-9090` }],
      doc: `${DOC}#4-http-reuse`,
      snippet: line('http-reuse', (v) => String(v), 'backend'),
    },
    {
      key: 'retry-on',
      label: 'Failures that are retried (empty-response covers the keep-alive race)',
      role: null,
      kind: 'text',
      defaults: [{ value: 'conn-failure', source: `${CFG} L12355-12470` }],
      doc: `${DOC}#4-retry-on`,
      snippet: line('retry-on', (v) => String(v), 'backend'),
    },
    {
      key: 'retries',
      label: 'Retries for the retry-on conditions',
      role: null,
      kind: 'count',
      defaults: [{ value: 3, source: `${CFG} L12355-12470` }],
      doc: `${DOC}#4-retries`,
      snippet: line('retries', (v) => String(v ?? 0), 'backend'),
    },
    {
      key: 'max-reuse',
      label: 'Requests per server connection (-1 = unlimited)',
      role: 'max-requests',
      kind: 'count',
      range: { negative: 'no-limit', source: 'HAProxy: max-reuse -1 means unlimited' },
      defaults: [{ value: null, source: `${CFG} L19089`, note: '-1 = no limit' }],
      doc: `${DOC}#5.2-max-reuse`,
      snippet: line('max-reuse', (v) => String(v ?? -1), 'on the server line'),
    },
  ],
  resolve(r) {
    const idle = resolveServerIdle(r);
    const close = r.bool('option httpclose');
    const serverClose = close || r.bool('option http-server-close');
    const noPool = r.num('pool-max-conn').value === 0;
    const reuse = r.str('http-reuse') !== 'never' && !serverClose && !noPool;
    const maxReuse = r.num('max-reuse');
    return {
      server: {
        idle,
        keepAlive: !close,
        ...(close
          ? {
              keepAliveNote:
                'option httpclose: HAProxy closes the client connection after each response',
            }
          : {}),
        hint: null,
        granularityMs: ms(5),
        fixKey: 'timeout http-keep-alive',
        notes:
          idle.value === null
            ? [
                'No client timeout is set: HAProxy warns at startup and keeps idle connections forever.',
              ]
            : [],
      },
      client: {
        idle: r.num('pool-purge-delay'),
        reuse,
        ...(reuse ? {} : { reuseNote: describeNoReuse(close, serverClose, noPool) }),
        hint: {
          honours: false,
          assumption: true,
          source: 'reference §1 HAProxy: no directive documents it (UNVERIFIED)',
        },
        finDetection: true,
        retry: describeHaproxyRetry(r),
        // No per-connection idle timer: the pool is purged every pool-purge-delay.
        granularityMs: ms(5000),
        ...(maxReuse.value !== null && maxReuse.value >= 0 ? { maxRequests: maxReuse } : {}),
        fixKey: 'pool-purge-delay',
        notes: [
          'Each pool-purge-delay closes part of the idle pool: some connections stay idle for several intervals.',
          'http-reuse safe gives the first request of a client connection its own server connection.',
        ],
      },
    };
  },
};
