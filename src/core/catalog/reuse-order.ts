import type { ReuseOrder } from '../race/gap-survival';

/** Which idle pooled connection a client technology takes next, and where that was checked. */
export interface ReuseOrderFact {
  order: ReuseOrder;
  source: string;
  /** Not checked against the technology's source: shown as an assumption. */
  assumption?: boolean;
}

const GO =
  'https://github.com/golang/go/blob/master/src/net/http/transport.go (queueForIdleConn: takes the most recently used idle conn)';

/**
 * Each client technology's own reuse order (design/race-model.md, "Reset rate"). LIFO keeps one
 * connection busy at low traffic; FIFO rotates through every pooled connection.
 */
const BY_TECH: Readonly<Record<string, ReuseOrderFact>> = {
  'go-transport': { order: 'lifo', source: GO },
  'node-agent': {
    order: 'lifo',
    source:
      "https://nodejs.org/api/http.html#new-agentoptions (scheduling, default 'lifo' since nodejs/node#36685)",
  },
  'reactor-netty': {
    order: 'fifo',
    source:
      'https://projectreactor.io/docs/netty/release/api/reactor/netty/resources/ConnectionProvider.html (DEFAULT_POOL_LEASING_STRATEGY: fallback to fifo)',
  },
  'spring-boot-netty': {
    order: 'fifo',
    source: 'Reactor Netty ConnectionProvider: leasing strategy falls back to fifo',
  },
  nginx: {
    order: 'lifo',
    source:
      'https://github.com/nginx/nginx/blob/master/src/http/modules/ngx_http_upstream_keepalive_module.c (freed connections go to the head of the cache, taken from the head)',
  },
  'python-requests': {
    order: 'lifo',
    source:
      'https://github.com/urllib3/urllib3/blob/main/src/urllib3/connectionpool.py (QueueCls = queue.LifoQueue)',
  },
  'apache-httpclient5': {
    order: 'lifo',
    source: 'https://hc.apache.org/httpcomponents-core-5.2.x/ (PoolReusePolicy, LIFO by default)',
    assumption: true,
  },
};

/** The client technology's reuse order; LIFO, marked as an assumption, where the catalog has none. */
export function findReuseOrder(tech: string): ReuseOrderFact {
  return (
    BY_TECH[tech] ?? {
      order: 'lifo',
      source: 'not checked for this technology: most pooled clients reuse the newest connection',
      assumption: true,
    }
  );
}
