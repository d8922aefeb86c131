import { numbered, oneFile, repeated, type ScalingFamily } from './family';

const entryPoint = `[entryPoints.e%.transport.respondingTimeouts]
  idleTimeout = "%s"
`;

const transport = `    t%:
      maxIdleConnsPerHost: 4
      forwardingTimeouts:
        idleConnTimeout: 30s
`;

/** Traefik configs that grow: TOML entry points, TOML syntax errors, YAML transports, flags. */
export const families: readonly ScalingFamily[] = [
  {
    name: 'traefik: TOML with many entry points and a static transport',
    parser: 'traefik',
    make: (n) =>
      oneFile(
        'traefik.toml',
        `${numbered(n, entryPoint)}[serversTransport.forwardingTimeouts]\n  idleConnTimeout = "90s"\n`,
      ),
  },
  {
    // The bad lines are blanked and the file read again at most 20 times: still linear.
    name: 'traefik: TOML with many bad lines',
    parser: 'traefik',
    make: (n) => oneFile('traefik.toml', repeated(n, 'idleTimeout 60s\n', '[entryPoints.web]\n')),
  },
  {
    name: 'traefik: file provider with many serversTransports',
    parser: 'traefik',
    make: (n) => oneFile('dynamic.yml', `http:\n  serversTransports:\n${numbered(n, transport)}`),
  },
  {
    name: 'traefik: many CLI flags',
    parser: 'traefik',
    make: (n) =>
      oneFile(
        'docker-compose.yml',
        `services:\n  traefik:\n    command:\n${numbered(n, '      - --entryPoints.e%.transport.respondingTimeouts.idleTimeout=%s\n')}`,
      ),
  },
];
