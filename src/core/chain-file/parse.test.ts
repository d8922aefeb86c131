import { describe, expect, it } from 'vitest';
import { parseChainFile } from './parse';

const EXAMPLE = `# yaml-language-server: $schema=../schema/chain.schema.json
version: 1
nodes:
  - tech: go-transport
    label: Go client
  - tech: nginx
    version: 1.28.0
    label: edge nginx
    server-idle: 65s
    client-idle: 55s
    settings:
      upstream.keepalive: 32
    locked: [keepalive_timeout, max-requests]
    config: ./nginx.conf
  - tech: go-http-server@1.22
    id: app
    server-idle: none
links:
  - rtt: 2ms
  - rtt: 1m30s
traffic: { rps: 50, non-idempotent: 10% }
options: { safety-margin: 1s, reaction-delay: 10ms }
`;

const codes = (text: string) =>
  parseChainFile(text, 't.chain.yaml').diagnostics.map((d) => [d.code, d.line, d.column]);

describe('parseChainFile', () => {
  it('reads the documented example', () => {
    const { chain, configs, diagnostics } = parseChainFile(EXAMPLE, 'edge.chain.yaml');
    expect(diagnostics).toEqual([]);
    expect(chain.nodes.map((n) => [n.id, n.tech, n.version, n.label])).toEqual([
      ['go-transport', 'go-transport', undefined, 'Go client'],
      ['nginx', 'nginx', '1.28.0', 'edge nginx'],
      ['app', 'go-http-server', '1.22', undefined],
    ]);
    const nginx = chain.nodes[1];
    expect(nginx?.settings['keepalive_timeout']).toEqual({
      value: 65_000,
      origin: {
        kind: 'explicit',
        file: 'edge.chain.yaml',
        line: 9,
        column: 5,
        setting: 'server-idle',
      },
    });
    expect(nginx?.settings['upstream.keepalive_timeout']?.value).toBe(55_000);
    expect(nginx?.settings['upstream.keepalive']?.value).toBe(32);
    expect(nginx?.locked).toEqual(['keepalive_timeout', 'keepalive_requests']);
    expect(chain.nodes[2]?.settings['IdleTimeout']?.value).toBeNull();
    expect(chain.links).toEqual([{ rttMs: 2 }, { rttMs: 90_000 }]);
    expect(chain.traffic).toEqual({ rps: 50, nonIdempotentShare: 0.1 });
    expect(chain.options).toEqual({ safetyMarginMs: 1000, reactionDelayMs: 10 });
    expect(configs).toEqual([{ nodeIndex: 1, path: './nginx.conf', line: 14, column: 13 }]);
  });

  it('maps ALB client-idle to its one tied setting', () => {
    const { chain } = parseChainFile('nodes:\n  - tech: aws-alb\n    client-idle: 120s\n');
    expect(chain.nodes[0]?.settings['idle_timeout.timeout_seconds']?.value).toBe(120_000);
  });

  it('defaults missing links to 1 ms and numbers repeated technologies', () => {
    const { chain } = parseChainFile('nodes: [{tech: nginx}, {tech: nginx}, {tech: nginx}]');
    expect(chain.nodes.map((n) => n.id)).toEqual(['nginx', 'nginx-2', 'nginx-3']);
    expect(chain.links).toEqual([{ rttMs: 1 }, { rttMs: 1 }]);
  });

  it.each([
    ['nodes:\n  - tech: ngnix\n', [['CHAIN_UNKNOWN_TECH', 2, 11]]],
    ['nodes:\n  - tech: nginx\n    server-idle: 65x\n', [['CHAIN_BAD_DURATION', 3, 18]]],
    ['nodes:\n  - tech: nginx\n    server-idle: 65\n', [['CHAIN_DURATION_WITHOUT_UNIT', 3, 18]]],
    ['nodes:\n  - tech: nginx\n    server-idel: 65s\n', [['CHAIN_UNKNOWN_KEY', 3, 5]]],
    [
      'nodes:\n  - tech: nginx\n    settings:\n      keepalive_timout: 5s\n',
      [['CHAIN_UNKNOWN_SETTING', 4, 7]],
    ],
    [
      'nodes:\n  - tech: go-transport\n    server-idle: 5s\n',
      [['CHAIN_ROLE_NOT_APPLICABLE', 3, 5]],
    ],
    ['nodes:\n  - tech: nginx\n    server-idle:\n', [['CHAIN_EMPTY_VALUE', 3, 17]]],
    ['nodes:\n  - label: x\n', [['CHAIN_MISSING_TECH', 2, 5]]],
    [
      'nodes:\n  - tech: nginx@1.2\n    version: 1.3\n',
      [
        ['CHAIN_VERSION_CONFLICT', 3, 14],
        ['CHAIN_UNKNOWN_VERSION', 3, 14],
      ],
    ],
    ['version: 2\nnodes: [{tech: nginx}]\n', [['CHAIN_UNSUPPORTED_VERSION', 1, 10]]],
    ['- a\n- b\n', [['CHAIN_NOT_A_MAPPING', 1, 1]]],
    ['', [['CHAIN_MISSING_NODES', 1, 1]]],
    ['version: 1\n', [['CHAIN_MISSING_NODES', 1, 1]]],
    ['nodes: {tech: nginx}\n', [['CHAIN_WRONG_TYPE', 1, 8]]],
    [
      'nodes:\n  - tech: nginx\n    settings:\n      upstream.keepalive: lots\n',
      [['CHAIN_BAD_VALUE', 4, 27]],
    ],
    [
      'nodes:\n  - tech: nginx\n    settings:\n      proxy_http_version: 3\n',
      [['CHAIN_BAD_VALUE', 4, 27]],
    ],
    [
      'nodes:\n  - tech: nginx\n    server-idle: 5s\n    settings: { keepalive_timeout: 6s }\n',
      [['CHAIN_DUPLICATE_SETTING', 4, 17]],
    ],
    [
      'nodes:\n  - { tech: nginx, id: a }\n  - { tech: nginx, id: a }\n',
      [['CHAIN_DUPLICATE_ID', 3, 24]],
    ],
    ['nodes: [{tech: nginx}]\nlinks: [{rtt: 1ms}]\n', [['CHAIN_EXTRA_LINKS', 2, 9]]],
    [
      'nodes: [{tech: nginx}, {tech: nginx}]\nlinks: [{rtt: none}]\n',
      [['CHAIN_BAD_DURATION', 2, 15]],
    ],
    [
      'nodes: [{tech: nginx}]\ntraffic: { non-idempotent: 2 }\n',
      [
        ['CHAIN_EMPTY_VALUE', 2, 1],
        ['CHAIN_BAD_VALUE', 2, 28],
      ],
    ],
    [
      'nodes:\n  - tech: nginx\n  server-idle: 5s\n',
      [
        ['CHAIN_YAML_SYNTAX', 3, 1],
        ['CHAIN_UNKNOWN_KEY', 3, 3],
      ],
    ],
    ['nodes: [{tech: nginx}]\nnodes: []\n', [['CHAIN_YAML_SYNTAX', 2, 1]]],
  ] as const)('reports %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('keeps reading after an error: later nodes and values still count', () => {
    const r = parseChainFile(
      'nodes:\n  - tech: nope\n  - tech: nginx\n    server-idle: bad\n    client-idle: 50s\n  - tech: node-http-server\n',
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CHAIN_UNKNOWN_TECH', 'CHAIN_BAD_DURATION']);
    expect(r.chain.nodes.map((n) => n.tech)).toEqual(['nope', 'nginx', 'node-http-server']);
    expect(r.chain.nodes[1]?.settings['upstream.keepalive_timeout']?.value).toBe(50_000);
    expect(r.chain.nodes[1]?.settings['keepalive_timeout']).toBeUndefined();
  });

  it('suggests close technology ids', () => {
    const [d] = parseChainFile('nodes: [{tech: ngnix}]').diagnostics;
    expect(d?.message).toContain('nginx');
  });

  it('reads config imports with a scope and several files', () => {
    const r = parseChainFile(
      'nodes:\n  - tech: nginx\n    config:\n      - { path: a.conf, scope: server :80 }\n      - b.conf\n',
    );
    expect(r.configs.map((c) => [c.path, c.scope, c.line])).toEqual([
      ['a.conf', 'server :80', 4],
      ['b.conf', undefined, 5],
    ]);
  });
});

describe('YAML through the shared front end', () => {
  it('follows an alias to the value its anchor names', () => {
    const text = [
      'nodes:',
      '  - {tech: nginx, server-idle: &idle 65s}',
      '  - {tech: nginx, server-idle: *idle}',
      '',
    ].join('\n');
    const r = parseChainFile(text, 't.chain.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.chain.nodes.map((n) => n.settings['keepalive_timeout']?.value)).toEqual([
      65_000, 65_000,
    ]);
  });

  it('reads the first document only, and says so', () => {
    const r = parseChainFile('nodes: [{tech: nginx}]\n---\nnodes: []\n', 't.chain.yaml');
    expect(r.chain.nodes).toHaveLength(1);
    expect(r.diagnostics.map((d) => [d.code, d.line])).toEqual([['CHAIN_YAML_SYNTAX', 3]]);
  });
});

describe('option names every object answers to', () => {
  it('are unknown options, not a crash', () => {
    const text = 'nodes:\n  - tech: aws-alb\noptions: { constructor: 1s, toString: 2s }\n';
    const { chain, diagnostics } = parseChainFile(text, 't.chain.yaml');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(chain.options).toBeUndefined();
  });
});
