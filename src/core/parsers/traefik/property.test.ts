import { seedsFrom } from '../testing/mutate';
import { testParserProperties } from '../testing/property-suite';
import { traefikParser } from './index';

const SEEDS = seedsFrom(
  import.meta.glob<string>('./__fixtures__/*/*', { query: '?raw', import: 'default', eager: true }),
);

const VOCAB = [
  '[entryPoints.web]\n',
  '[entryPoints.web.transport.respondingTimeouts]\n',
  '[serversTransport]\n',
  '[serversTransport.forwardingTimeouts]\n',
  '[http.serversTransports.t]\n',
  '[[x.y]]\n',
  'idleTimeout = ',
  'idleConnTimeout = ',
  'maxIdleConnsPerHost = ',
  'entryPoints:\n  web:\n    transport:\n      respondingTimeouts:\n',
  'serversTransport:\n  forwardingTimeouts:\n',
  'idleTimeout: ',
  'kind: ServersTransport\napiVersion: traefik.io/v1alpha1\nspec:\n',
  '--entryPoints.web.transport.respondingTimeouts.idleTimeout=',
  '--serversTransport.maxIdleConnsPerHost ',
  '"90s"',
  '30',
  '{ a = 1 }',
  '"""',
  '=',
  '{{ x }}',
  '\n---\n',
  '#',
  '\n',
  '\r\n',
  "'",
];

testParserProperties({
  parser: traefikParser,
  seeds: SEEDS,
  vocab: VOCAB,
  randomNames: ['traefik.toml', 'traefik.yml', 'pasted-1'],
  codePattern: /^TRAEFIK_[A-Z0-9_]+$/,
  lineEnds: 'all',
  titles: {
    mutated: 'mutated Traefik configs never throw',
    random: 'random Traefik-like text never throws',
  },
});
