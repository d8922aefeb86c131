import type { ProbeTarget } from './target';

/** TLS verification failures (node:tls error codes) that --insecure lets through. */
const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** One line for people from a socket error: refused, unknown host, certificate, timeout. */
export function describeSocketError(e: NodeJS.ErrnoException, t?: ProbeTarget): string {
  const where = t ? `${t.host}:${t.port}` : 'the server';
  const code = e.code ?? '';
  if (code === 'ECONNREFUSED') return `cannot connect to ${where}: connection refused`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return `cannot resolve host ${t?.host ?? ''}`.trimEnd();
  if (code === 'ETIMEDOUT') return `cannot connect to ${where}: timed out`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return `cannot connect to ${where}: no route to host`;
  if (CERT_CODES.has(code))
    return `TLS: ${e.message} (for a test server with a self-signed certificate, add --insecure)`;
  if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || /ssl|tls/i.test(e.message))
    return `TLS: ${e.message.split('\n')[0] ?? ''}`;
  return `${where}: ${e.message.split('\n')[0] ?? code}`;
}
