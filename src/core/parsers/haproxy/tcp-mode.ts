import type { SpanDiagnostic } from '../../source/diagnostic';
import type { ProxyKind } from './sections';
import type { ProxyState } from './state';

export type TcpCode = 'HAPROXY_TCP_MODE';

/** HTTP-only settings that HAProxy ignores in a tcp proxy (it warns at startup). */
const HTTP_ONLY = ['timeout http-keep-alive', 'timeout http-request', 'http-reuse'];

/**
 * Whether a proxy runs in `mode tcp`: written so, or no `mode` in it or its defaults (tcp is
 * HAProxy's default mode). A defaults-only fragment without `mode` is taken as HTTP (the lines
 * pasted are usually the HTTP ones of a larger file); an unknown mode word, or defaults that
 * cannot be found, leave it HTTP.
 */
export function isTcpMode(kind: ProxyKind, state: ProxyState): boolean {
  const mode = state.proxyMode?.value;
  if (mode === undefined) return kind !== 'defaults' && !state.modeUnknown;
  return mode === 'tcp';
}

/** Keys a tcp proxy reads: client-side inactivity in front, server side and tunnel behind. */
export const TCP_KEYS = (front: boolean, back: boolean): string[] => [
  ...(front ? ['timeout client'] : []),
  ...(back ? ['timeout server', 'timeout tunnel'] : []),
];

/** Tells the user a proxy is read as TCP, why, and what its HTTP settings no longer do. */
export function tcpModeNote(
  file: string,
  scope: string,
  state: ProxyState,
  headerAt: number,
): SpanDiagnostic<TcpCode> {
  const written = state.proxyMode !== undefined;
  const why = written
    ? 'mode tcp'
    : 'mode tcp: HAProxy\'s default, as no "mode http" is written in it or its defaults';
  const ignored = HTTP_ONLY.filter((k) => state.values.has(k));
  if (state.mode) ignored.push(state.mode.setting);
  const start = state.proxyMode?.at ?? headerAt;
  return {
    code: 'HAPROXY_TCP_MODE',
    severity: 'warning',
    message:
      `${scope} runs in ${why}. It does no HTTP keep-alive: each client connection is spliced to one server connection and closed when idle past timeout tunnel (else the shorter of timeout client / timeout server), so it is read as a TCP middlebox on the path` +
      (ignored.length > 0 ? `; ${ignored.join(', ')} do not apply in tcp mode` : ''),
    file,
    start,
    end: start + 4,
  };
}
