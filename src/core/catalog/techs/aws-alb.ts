import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { wholeSeconds } from './snippet-format';
import { lbAttributeSnippets } from './snippet-aws';

const DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html';
const ATTR = 'doc: ELB API LoadBalancerAttribute; ALB "Edit attributes"';

/**
 * AWS Application Load Balancer. One idle timeout serves both sides: it closes idle client
 * connections and drops idle pooled target connections after the same time.
 */
export const awsAlb: TechDef = {
  id: 'aws-alb',
  name: 'AWS Application Load Balancer',
  kind: 'load-balancer',
  versions: ['current'],
  defaultVersion: 'current',
  sides: 'tied',
  managed: true,
  doc: DOC,
  settings: [
    {
      key: 'idle_timeout.timeout_seconds',
      label: 'Connection idle timeout for client and target connections (1–4000 s)',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      range: { min: 1000, max: 4_000_000, source: `${ATTR}: 1–4000 s` },
      defaults: [{ value: 60_000, source: `${ATTR}, Connection idle timeout` }],
      doc: `${DOC}#connection-idle-timeout`,
      snippet: (v) => `idle_timeout = ${wholeSeconds(v)} # resource "aws_lb"`,
      snippetIn: lbAttributeSnippets('idle_timeout.timeout_seconds', 'idleTimeout'),
    },
    {
      key: 'client_keep_alive.seconds',
      label: 'HTTP client keepalive duration: maximum age of a client connection (60–604800 s)',
      role: 'max-age',
      kind: 'duration',
      dialect: 'seconds',
      range: { min: 60_000, max: 604_800_000, source: `${ATTR}: 60–604800 s` },
      defaults: [{ value: 3_600_000, source: `${ATTR}; what's-new 2024-03-14` }],
      doc: `${DOC}#http-client-keepalive-duration`,
      snippet: (v) => `client_keep_alive = ${wholeSeconds(v)} # resource "aws_lb"`,
      snippetIn: lbAttributeSnippets('client_keep_alive.seconds', 'clientKeepAlive'),
    },
  ],
  resolve(r) {
    const idle = r.num('idle_timeout.timeout_seconds');
    const fixKey = 'idle_timeout.timeout_seconds';
    // Timer granularity of a managed service is not documented: assume 1 s.
    const granularityMs = ms(1000);
    return {
      tiedKey: fixKey,
      server: {
        idle,
        keepAlive: true,
        hint: null,
        granularityMs,
        maxAge: r.num('client_keep_alive.seconds'),
        fixKey,
        notes: [
          'ALB sends no Keep-Alive header (UNVERIFIED).',
          'The exact close mechanism at the client keepalive duration is UNVERIFIED.',
        ],
      },
      client: {
        idle,
        reuse: true,
        hint: {
          honours: false,
          assumption: true,
          source: 'reference §5: AWS ALB ignores the target Keep-Alive header (UNVERIFIED)',
        },
        finDetection: true,
        retry: {
          policy: 'returns-502',
          attempts: 0,
          summary:
            'ALB answers its client with 502 when a target closes a pooled connection under a request (target_status_code "-")',
          source: 'doc: ALB troubleshooting 502; reference §5 retry table',
        },
        granularityMs,
        fixKey,
        notes: [
          'Whether ALB notices a target FIN on an idle pooled connection before reuse is UNVERIFIED (assumed yes).',
          'AWS recommends an application idle timeout larger than the ALB idle timeout.',
        ],
      },
    };
  },
};
