/**
 * How ingress-nginx reads each ConfigMap key this tool extracts (docs/catalog-keys.md).
 * Source: ingress-nginx dbb11b92dd internal/ingress/controller/config/config.go — the keys are
 * `int` fields (seconds or counts), except `upstream-keepalive-time` (a string written into
 * nginx's `keepalive_time`, so nginx time syntax) and `retry-non-idempotent` (bool). The ConfigMap
 * is decoded with mapstructure's weakly typed input: strings are parsed with strconv.
 */
export type IngressValueKind = 'seconds' | 'count' | 'nginx-duration' | 'bool';

export interface IngressKey {
  kind: IngressValueKind;
  /** What the key sets in nginx, for messages. */
  nginx: string;
}

export const INGRESS_KEYS: Readonly<Record<string, IngressKey>> = {
  'keep-alive': { kind: 'seconds', nginx: 'keepalive_timeout' },
  'keep-alive-requests': { kind: 'count', nginx: 'keepalive_requests' },
  'upstream-keepalive-connections': { kind: 'count', nginx: 'upstream keepalive' },
  'upstream-keepalive-timeout': { kind: 'seconds', nginx: 'upstream keepalive_timeout' },
  'upstream-keepalive-requests': { kind: 'count', nginx: 'upstream keepalive_requests' },
  'upstream-keepalive-time': { kind: 'nginx-duration', nginx: 'upstream keepalive_time' },
  'proxy-read-timeout': { kind: 'seconds', nginx: 'proxy_read_timeout' },
  'proxy-next-upstream-tries': { kind: 'count', nginx: 'proxy_next_upstream_tries' },
  'retry-non-idempotent': { kind: 'bool', nginx: 'proxy_next_upstream non_idempotent' },
};

/**
 * Other common ingress-nginx ConfigMap keys (docs/user-guide/nginx-configuration/configmap.md):
 * their presence tells an ingress-nginx ConfigMap from an unrelated one.
 */
export const OTHER_INGRESS_KEYS: ReadonlySet<string> = new Set([
  'allow-snippet-annotations',
  'use-forwarded-headers',
  'compute-full-forwarded-for',
  'use-proxy-protocol',
  'proxy-body-size',
  'proxy-connect-timeout',
  'proxy-send-timeout',
  'proxy-buffer-size',
  'proxy-next-upstream',
  'proxy-http-version',
  'client-header-timeout',
  'client-body-timeout',
  'client-max-body-size',
  'ssl-protocols',
  'ssl-ciphers',
  'ssl-redirect',
  'hsts',
  'log-format-upstream',
  'log-format-escape-json',
  'enable-real-ip',
  'server-tokens',
  'worker-processes',
  'worker-shutdown-timeout',
  'use-gzip',
  'enable-brotli',
  'http2-max-requests',
  'large-client-header-buffers',
  'annotations-risk-level',
]);

/** True when a key reads like a keep-alive setting but is not one ingress-nginx knows. */
export const looksLikeKeepaliveKey = (key: string): boolean =>
  !(key in INGRESS_KEYS) && /keep-?alive/i.test(key);

/** The known key closest to `key` by edit distance, for "did you mean" hints. */
export function findClosestKey(key: string): string {
  let best = '';
  let bestDistance = Infinity;
  for (const known of Object.keys(INGRESS_KEYS)) {
    const d = measureEditDistance(key.toLowerCase(), known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best;
}

function measureEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
