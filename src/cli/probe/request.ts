import { VERSION } from '../../core/report/version';
import type { ProbeTarget } from './target';

/** What to send: method, path and extra headers (a header given replaces ours of that name). */
export interface ProbeRequest {
  method: string;
  path: string;
  headers: readonly (readonly [string, string])[];
}

/**
 * The bytes of one HTTP/1.1 request. It asks for keep-alive explicitly: Tomcat and Apache httpd
 * send their `Keep-Alive` hint only when the request carries `Connection: keep-alive`.
 */
export function writeRequest(target: ProbeTarget, r: ProbeRequest): string {
  const ours: [string, string][] = [
    ['Host', target.authority],
    ['User-Agent', `timeout-chain-probe/${VERSION}`],
    ['Accept', '*/*'],
    ['Connection', 'keep-alive'],
  ];
  const given = new Set(r.headers.map(([n]) => n.toLowerCase()));
  const lines = [
    `${r.method} ${r.path} HTTP/1.1`,
    ...ours.filter(([n]) => !given.has(n.toLowerCase())).map(([n, v]) => `${n}: ${v}`),
    ...r.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n`;
}
