import { isIP } from 'node:net';
import { err, ok, type Result } from '../../core/model/result';

/** Where and how to connect, read from the URL. */
export interface ProbeTarget {
  /** The URL as given, normalised (`http://host:port/path`). */
  href: string;
  tls: boolean;
  /** Host name or IP address, without IPv6 brackets. */
  host: string;
  port: number;
  /** `Host` header: the URL's host (with port when not the default). */
  authority: string;
  /** Path and query of the URL. */
  path: string;
}

/** Reads an http: or https: URL; anything else is a usage error in one line. */
export function readTarget(text: string): Result<ProbeTarget> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(`"${text.slice(0, 80)}" is not a URL (e.g. http://127.0.0.1:8080/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return err(`unsupported scheme ${url.protocol} (http: or https:)`);
  if (url.username || url.password)
    return err('credentials in the URL are not sent; use --header "Authorization: …"');
  const tls = url.protocol === 'https:';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  if (host === '') return err(`the URL has no host: ${text.slice(0, 80)}`);
  return ok({
    href: url.href,
    tls,
    host,
    port: url.port === '' ? (tls ? 443 : 80) : Number(url.port),
    authority: url.host,
    path: `${url.pathname}${url.search}`,
  });
}

/** SNI server name: a host name only (RFC 6066 forbids IP literals). */
export const serverNameOf = (t: ProbeTarget): string | undefined =>
  isIP(t.host) === 0 ? t.host : undefined;
