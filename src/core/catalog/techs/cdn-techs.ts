import { ms } from '../../model/duration';
import type { TechDef } from '../types';
import { wholeSeconds } from './snippet-format';

const CF_DOC = 'https://developers.cloudflare.com/fundamentals/reference/connection-limits/';
const CLOUDFRONT_DOC =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html';
const CLOUDFRONT_API = 'doc: CloudFront API CustomOriginConfig / VpcOriginConfig';

/** Amazon CloudFront toward a custom origin: keeps idle origin connections for 5 s by default. */
export const awsCloudfront: TechDef = {
  id: 'aws-cloudfront',
  name: 'Amazon CloudFront',
  kind: 'cdn',
  versions: ['current'],
  defaultVersion: 'current',
  sides: 'client',
  managed: true,
  doc: CLOUDFRONT_DOC,
  settings: [
    {
      key: 'OriginKeepaliveTimeout',
      label: 'Idle time of a pooled origin connection (1–60 s; 1–120 s for VPC origins)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 5000, source: CLOUDFRONT_API }],
      doc: `${CLOUDFRONT_DOC}#DownloadDistValuesOriginKeepaliveTimeout`,
      snippet: (v) => `origin_keepalive_timeout = ${wholeSeconds(v)} # custom_origin_config`,
    },
    {
      key: 'OriginReadTimeout',
      label: 'Origin response timeout',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 30_000, source: CLOUDFRONT_API }],
      doc: `${CLOUDFRONT_DOC}#DownloadDistValuesOriginResponseTimeout`,
      snippet: (v) => `origin_read_timeout = ${wholeSeconds(v)} # custom_origin_config`,
    },
  ],
  resolve: (r) => ({
    client: {
      idle: r.num('OriginKeepaliveTimeout'),
      reuse: true,
      hint: { honours: false, assumption: true, source: 'reference §5: CloudFront (UNVERIFIED)' },
      finDetection: true,
      retry: {
        policy: 'returns-502',
        attempts: 0,
        summary:
          'CloudFront answers the viewer with a 502 when the origin connection fails (UNVERIFIED)',
        source: 'reference §2 AWS (CloudFront); not documented for the keep-alive race',
      },
      granularityMs: ms(1000),
      fixKey: 'OriginKeepaliveTimeout',
      notes: [
        'The origin must keep idle connections longer than OriginKeepaliveTimeout: a 5 s Node origin is an exact tie.',
        'Hint handling, FIN detection and timer granularity are UNVERIFIED (assumed: ignored, yes, 1 s).',
      ],
    },
  }),
};

/** Cloudflare's proxy (orange cloud): fixed limits toward visitors and the origin. */
export const cloudflare: TechDef = {
  id: 'cloudflare',
  name: 'Cloudflare (proxied)',
  kind: 'cdn',
  versions: ['current'],
  defaultVersion: 'current',
  sides: 'both',
  managed: true,
  doc: CF_DOC,
  settings: [
    {
      key: 'client.keepalive',
      label: 'Visitor keep-alive (HTTP/1.1 and HTTP/2), fixed',
      role: 'server-idle',
      kind: 'duration',
      dialect: 'seconds',
      fixed: true,
      defaults: [{ value: 400_000, source: `doc: ${CF_DOC}` }],
      doc: CF_DOC,
      snippet: () => '# fixed at 400 s by Cloudflare',
    },
    {
      key: 'proxy.idle_timeout',
      label: 'Proxy Idle Timeout: reuse of an idle origin connection (fixed; Enterprise: ask)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'seconds',
      fixed: true,
      defaults: [{ value: 900_000, source: `doc: ${CF_DOC}` }],
      doc: CF_DOC,
      snippet: () =>
        '# fixed at 900 s by Cloudflare: keep origin idle connections open longer than 900 s',
    },
    {
      key: 'proxy_read_timeout',
      label: 'Proxy Read Timeout (Enterprise can change it)',
      role: 'request-timeout',
      kind: 'duration',
      dialect: 'seconds',
      defaults: [{ value: 120_000, source: `doc: ${CF_DOC}` }],
      doc: CF_DOC,
      snippet: (v) =>
        `# Proxy Read Timeout ${wholeSeconds(v)} s: Enterprise, via the dashboard or support`,
    },
  ],
  resolve: (r) => ({
    server: {
      idle: r.num('client.keepalive'),
      keepAlive: true,
      hint: null,
      granularityMs: ms(1000),
      fixKey: 'client.keepalive',
      notes: [],
    },
    client: {
      idle: r.num('proxy.idle_timeout'),
      reuse: true,
      hint: {
        honours: false,
        assumption: true,
        source: 'not documented by Cloudflare (UNVERIFIED)',
      },
      finDetection: true,
      retry: {
        policy: 'returns-502',
        attempts: 0,
        summary:
          'Cloudflare answers the visitor with a 520 when the origin resets a reused connection',
        source: `doc: ${CF_DOC}`,
      },
      granularityMs: ms(1000),
      fixKey: 'proxy.idle_timeout',
      notes: ['The origin must keep idle connections longer than 900 s or expect 520 errors.'],
    },
  }),
};
