import { isUnknownValue } from '../../model/value';
import { evaluateForOrdinaryRequest, type MapTable } from './connection-map';
import type { NginxSpanDiagnostic } from './diagnostics';
import { writtenBy, type Settings } from './levels';
import type { NginxDirective } from './tree';

const KEY = 'proxy_set_header.Connection';

type Report = (d: NginxDirective, code: NginxSpanDiagnostic['code'], message: string) => void;

/**
 * Replaces a `proxy_set_header Connection $var` value in `settings` by what nginx sends for an
 * ordinary request (no `Upgrade` header): `$connection_upgrade` through
 * `map $http_upgrade $connection_upgrade { default upgrade; '' close; }` is `close`, so those
 * requests get no upstream reuse. A variable the files cannot resolve becomes an unknown value.
 * The origin stays the `proxy_set_header` line; a diagnostic says what was evaluated.
 */
export function readConnectionHeader(settings: Settings, maps: MapTable, report: Report): void {
  const written = settings[KEY];
  if (!written || typeof written.value !== 'string' || !written.value.includes('$')) return;
  const text = written.value;
  const { value, map } = evaluateForOrdinaryRequest(text, maps);
  settings[KEY] = { value, origin: written.origin };
  const at = writtenBy.get(written);
  if (!at) return;
  if (isUnknownValue(value))
    report(
      at,
      'NGINX_CONNECTION_VARIABLE',
      `Connection ${text} depends on each request (${value.reason}); reuse toward the upstream is unknown until you give its value`,
    );
  else if (map)
    report(
      at,
      'NGINX_CONNECTION_FROM_MAP',
      typeof value === 'string' && value.trim().toLowerCase() === 'close'
        ? `Connection ${text} is "close" for requests without an Upgrade header (the map's value for an empty $http_upgrade): nginx opens a new upstream connection for each of them`
        : `Connection ${text} is "${String(value)}" for requests without an Upgrade header (the map's value for an empty $http_upgrade): upstream connections can be reused`,
    );
}
