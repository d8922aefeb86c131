import { Agent, Client, Pool, setGlobalDispatcher } from 'undici';

// Global fetch() goes through this dispatcher.
setGlobalDispatcher(
  new Agent({
    keepAliveTimeout: 10_000,
    keepAliveMaxTimeout: 5 * 60 * 1000,
    connections: 128,
  }),
);

export const search = new Pool('http://search:9200', {
  connections: 16,
  keepAliveTimeout: 30e3,
});

export const legacy = new Client('http://legacy:8080', {
  keepAliveTimeoutThreshold: 1_000,
  pipelining: 1,
});
