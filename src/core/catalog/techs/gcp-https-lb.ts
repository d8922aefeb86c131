import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { wholeSeconds } from './snippet-format';

const DOC = 'https://cloud.google.com/load-balancing/docs/https/request-distribution';
const API = 'https://cloud.google.com/compute/docs/reference/rest/v1';

/**
 * Google Cloud global external Application Load Balancer (GFE). The backend keep-alive is fixed
 * at 600 s, so every backend must keep idle connections longer than that.
 */
export const gcpHttpsLb: TechDef = {
  id: 'gcp-https-lb',
  name: 'GCP external Application Load Balancer',
  kind: 'load-balancer',
  versions: ['current'],
  defaultVersion: 'current',
  sides: 'both',
  managed: true,
  doc: DOC,
  settings: [
    {
      key: 'httpKeepAliveTimeoutSec',
      label: 'Client → GFE keep-alive timeout (5–1200 s; not for the classic ALB)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [
        { value: 610_000, source: 'doc: compute API TargetHttpProxy.httpKeepAliveTimeoutSec' },
      ],
      doc: `${API}/targetHttpsProxies`,
      snippet: (v) =>
        `http_keep_alive_timeout_sec = ${wholeSeconds(v)} # resource "google_compute_target_https_proxy"`,
    },
    {
      key: 'backendKeepAliveTimeout',
      label: 'GFE → backend keep-alive (fixed: backends need more than 600 s)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      fixed: true,
      defaults: [{ value: 600_000, source: `doc: ${DOC} (600 s, not configurable)` }],
      doc: DOC,
      snippet: () => '# fixed at 600 s by Google: set the backend keep-alive above it (620–650 s)',
    },
    {
      key: 'timeoutSec',
      label: 'Backend service response timeout',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 30_000, source: 'doc: compute API BackendService.timeoutSec' }],
      doc: `${API}/backendServices`,
      snippet: (v) =>
        `timeout_sec = ${wholeSeconds(v)} # resource "google_compute_backend_service"`,
    },
    {
      key: 'circuitBreakers.maxRequestsPerConnection',
      label: 'Requests per backend connection (unset = unlimited, 1 disables keep-alive)',
      role: 'max-requests',
      kind: 'count',
      defaults: [
        { value: null, source: 'doc: compute API CircuitBreakers.maxRequestsPerConnection' },
      ],
      doc: `${API}/backendServices`,
      snippet: (v) => `circuit_breakers { max_requests_per_connection = ${String(v ?? 0)} }`,
    },
  ],
  resolve(r) {
    const maxRequests = r.num('circuitBreakers.maxRequestsPerConnection');
    const reuse = maxRequests.value !== 1;
    return {
      server: {
        idle: r.num('httpKeepAliveTimeoutSec'),
        keepAlive: true,
        hint: null,
        granularityMs: ms(1000),
        fixKey: 'httpKeepAliveTimeoutSec',
        notes: ['Whether the GFE sends a Keep-Alive header is UNVERIFIED (assumed not).'],
      },
      client: {
        idle: r.num('backendKeepAliveTimeout'),
        reuse,
        ...(reuse
          ? {}
          : { reuseNote: 'maxRequestsPerConnection 1: one request per backend connection' }),
        hint: {
          honours: false,
          assumption: true,
          source: 'reference §2 GCP: not documented (UNVERIFIED)',
        },
        finDetection: true,
        retry: {
          policy: 'returns-502',
          attempts: 0,
          summary: 'the GFE answers 502 backend_connection_closed_before_data_sent_to_client',
          source:
            'doc: cloud.google.com load-balancing/docs/https/request-distribution; reference §5',
        },
        granularityMs: ms(1000),
        maxRequests,
        fixKey: 'backendKeepAliveTimeout',
        notes: [
          'The backend keep-alive is fixed at 600 s: Google requires backends to keep idle connections longer (620–650 s is common).',
          'FIN detection by the GFE and its timer granularity are UNVERIFIED (assumed yes, 1 s).',
        ],
      },
    };
  },
};
