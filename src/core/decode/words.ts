import type { LogMeaning, LogSource, RaceSignal } from '../catalog/log-patterns';

/** Each log source by name, for people. */
export const SOURCE_NAMES: Readonly<Record<LogSource, string>> = {
  'nginx-error-log': 'nginx error log',
  'aws-alb-access-log': 'AWS ALB access log',
  'gcp-lb-log': 'Google Cloud load balancer log',
  cloudflare: 'Cloudflare',
  'envoy-access-log': 'Envoy access log',
  'haproxy-log': 'HAProxy log',
  go: 'Go net/http client',
  node: 'Node.js client',
  java: 'Java HTTP client',
  python: 'Python HTTP client',
  dotnet: '.NET HttpClient',
};

/** What happened, in words: who closed the connection and when. */
export const MEANING_WORDS: Readonly<Record<LogMeaning, string>> = {
  'upstream-closed': 'the server side closed the connection before any response',
  'upstream-closed-mid-response':
    'the server side closed the connection part-way through a response',
  'upstream-reset': 'the server side (or a middlebox) reset the connection',
  'write-after-close': 'the request was written into a connection the server side had closed',
  'upstream-timeout': 'the server side was too slow (a timeout, the connection was alive)',
  'connect-failed': 'no connection could be opened',
  'upstream-error-status': 'the server side answered with an error of its own',
  'downstream-closed': "the logger's own client went away",
  ok: 'a normal request',
};

/** The race verdict of a line, in words. */
export const describeRace = (r: RaceSignal): string =>
  r === true
    ? 'the keep-alive race'
    : r === 'maybe'
      ? 'possibly the keep-alive race'
      : 'not the keep-alive race';
