import type { LogPattern } from './types';

const ENVOY = ['envoy', 'istio-sidecar'] as const;
const FLAGS =
  'https://www.envoyproxy.io/docs/envoy/latest/configuration/observability/access_log/usage#config-access-log-format-response-flags';
const DETAILS =
  'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_conn_man/response_code_details';

const flag = (
  f: string,
  rest: Pick<LogPattern, 'meaning' | 'race' | 'explanation'> & { facing?: LogPattern['facing'] },
): LogPattern => ({
  id: `envoy/flag-${f}`,
  source: 'envoy-access-log',
  reporters: ENVOY,
  facing: rest.facing ?? 'upstream',
  match: { kind: 'fields', format: 'envoy', hasFlag: f },
  meaning: rest.meaning,
  race: rest.race,
  explanation: rest.explanation,
  doc: FLAGS,
  verified: true,
});

/** Envoy / Istio access log response flags, and the response text Envoy sends downstream. */
export const ENVOY_PATTERNS: readonly LogPattern[] = [
  flag('UC', {
    meaning: 'upstream-closed',
    race: true,
    explanation:
      'Upstream connection termination: the upstream closed a pooled connection under the request (503 UC), the race of an upstream keep-alive shorter than the cluster idle_timeout (1 h by default).',
  }),
  flag('UR', {
    meaning: 'upstream-reset',
    race: 'maybe',
    explanation: 'Upstream remote reset: the upstream reset the stream or connection.',
  }),
  flag('UF', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'Upstream connection failure: a new connection could not be opened.',
  }),
  flag('UH', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'No healthy upstream host.',
  }),
  flag('UT', {
    meaning: 'upstream-timeout',
    race: false,
    explanation: 'Upstream request timeout (504 UT): the route timeout expired.',
  }),
  flag('DC', {
    meaning: 'downstream-closed',
    race: false,
    facing: 'downstream',
    explanation: "Downstream connection termination: Envoy's own client went away.",
  }),
  {
    id: 'envoy/ok',
    source: 'envoy-access-log',
    reporters: ENVOY,
    facing: 'upstream',
    match: { kind: 'fields', format: 'envoy', equals: { flags: '-' } },
    meaning: 'ok',
    race: false,
    explanation: 'A request Envoy logged without response flags.',
    doc: FLAGS,
    verified: true,
  },
  {
    id: 'envoy/reset-connection-termination',
    source: 'envoy-access-log',
    reporters: ENVOY,
    facing: 'upstream',
    match: {
      kind: 'text',
      any: [
        'upstream_reset_before_response_started{connection_termination}',
        'reset reason: connection termination',
      ],
    },
    meaning: 'upstream-closed',
    race: true,
    explanation:
      'The response code details (or the 503 body Envoy sends) name a connection termination before the response started: the upstream closed the pooled connection.',
    doc: DETAILS,
    verified: true,
  },
  {
    id: 'envoy/reset-connection-failure',
    source: 'envoy-access-log',
    reporters: ENVOY,
    facing: 'upstream',
    match: {
      kind: 'text',
      any: [
        'upstream_reset_before_response_started{connection_failure',
        'reset reason: connection failure',
      ],
    },
    meaning: 'connect-failed',
    race: false,
    explanation: 'The connection to the upstream could not be established.',
    doc: DETAILS,
    verified: true,
  },
  {
    id: 'envoy/reset-remote',
    source: 'envoy-access-log',
    reporters: ENVOY,
    facing: 'upstream',
    match: {
      kind: 'text',
      any: ['upstream_reset_before_response_started{remote_reset}', 'reset reason: remote reset'],
    },
    meaning: 'upstream-reset',
    race: 'maybe',
    explanation: 'The upstream reset the stream before the response started.',
    doc: DETAILS,
    verified: true,
  },
];
