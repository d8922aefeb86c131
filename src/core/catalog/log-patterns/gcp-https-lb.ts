import type { LogPattern } from './types';

const GFE = ['gcp-https-lb'] as const;
const DOC = 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring';
const TROUBLE = 'https://cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs';

const detail = (
  id: string,
  value: string,
  rest: Pick<LogPattern, 'meaning' | 'race' | 'explanation'> & { facing?: LogPattern['facing'] },
): LogPattern => ({
  id: `gcp-https-lb/${id}`,
  source: 'gcp-lb-log',
  reporters: GFE,
  facing: rest.facing ?? 'upstream',
  match: { kind: 'text', all: [value] },
  meaning: rest.meaning,
  race: rest.race,
  explanation: rest.explanation,
  doc: rest.meaning === 'ok' ? DOC : TROUBLE,
  verified: true,
});

/** Google Cloud external Application Load Balancer request logs: the statusDetails field. */
export const GCP_PATTERNS: readonly LogPattern[] = [
  detail('closed-before-data', 'backend_connection_closed_before_data_sent_to_client', {
    meaning: 'upstream-closed',
    race: true,
    explanation:
      "The backend closed its connection to the GFE before sending any response: typically a backend keep-alive timeout shorter than the GFE's fixed 600 s.",
  }),
  detail('closed-after-partial', 'backend_connection_closed_after_partial_response_sent', {
    meaning: 'upstream-closed-mid-response',
    race: false,
    explanation:
      'The backend closed the connection part-way through a response: a crash or a limit.',
  }),
  detail('backend-timeout', 'backend_timeout', {
    meaning: 'upstream-timeout',
    race: false,
    explanation: 'The backend did not answer within the backend service timeout.',
  }),
  detail('failed-to-connect', 'failed_to_connect_to_backend', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'The GFE could not open a connection to the backend.',
  }),
  detail('failed-to-pick', 'failed_to_pick_backend', {
    meaning: 'connect-failed',
    race: false,
    explanation: 'No healthy backend could be picked.',
  }),
  detail('client-disconnected', 'client_disconnected_before_any_response', {
    meaning: 'downstream-closed',
    race: false,
    facing: 'downstream',
    explanation: "The GFE's client closed its connection before any response was sent.",
  }),
  detail('ok', 'response_sent_by_backend', {
    meaning: 'ok',
    race: false,
    explanation: 'A response the backend sent.',
  }),
];
