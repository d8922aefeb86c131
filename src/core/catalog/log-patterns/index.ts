import { ALB_PATTERNS } from './aws-alb';
import { CLOUDFLARE_PATTERNS } from './cloudflare';
import { DOTNET_PATTERNS } from './dotnet';
import { ENVOY_PATTERNS } from './envoy';
import { GCP_PATTERNS } from './gcp-https-lb';
import { GO_PATTERNS } from './go';
import { HAPROXY_PATTERNS } from './haproxy';
import { JAVA_PATTERNS } from './java';
import { NGINX_PATTERNS } from './nginx';
import { NODE_PATTERNS } from './node';
import { PYTHON_PATTERNS } from './python';
import type { LogPattern } from './types';

export type { LogMeaning, LogPattern, LogSource, RaceSignal } from './types';

/**
 * Every log pattern, most specific first: the first that matches a line decides it. Structured
 * formats (field by field) come before free text; within a source, the specific before the
 * generic (nginx's "(104: …) while reading response header" before any "(104: …)"), and the
 * libraries' own texts before the generic errno words that several of them share.
 */
export const LOG_PATTERNS: readonly LogPattern[] = [
  ...ALB_PATTERNS,
  ...ENVOY_PATTERNS,
  ...HAPROXY_PATTERNS,
  ...NGINX_PATTERNS,
  ...GCP_PATTERNS,
  ...CLOUDFLARE_PATTERNS,
  ...JAVA_PATTERNS,
  ...DOTNET_PATTERNS,
  ...PYTHON_PATTERNS,
  ...NODE_PATTERNS,
  ...GO_PATTERNS,
];
