import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../types';
import { parseNginx } from './index';

const contextWarnings = (files: SourceFile[]) => {
  const main = files[0] ?? { name: '', text: '' };
  return parseNginx(main, { files })
    .diagnostics.filter((d) => d.code === 'NGINX_UNKNOWN_CONTEXT')
    .map((d) => `${d.file ?? ''}:${d.line}:${d.column} ${d.message.split(' is not')[0] ?? ''}`);
};

describe('context checks', () => {
  it('flags directives nginx refuses where they stand, read or not', () => {
    const text = 'http {\n  worker_connections 10;\n  server {\n    keepalive 16;\n  }\n}\n';
    expect(contextWarnings([{ name: 'n.conf', text }])).toEqual([
      'n.conf:2:3 "worker_connections"',
      'n.conf:4:5 "keepalive"',
    ]);
  });

  it('judges an included file in the context of its include site', () => {
    const files = [
      {
        name: 'nginx.conf',
        text: 'http {\n  server {\n    location / { include loc.conf; }\n  }\n}\n',
      },
      // `root` is allowed in an `if` inside a location, not in a server-level `if`.
      { name: 'loc.conf', text: 'if ($a) {\n  root /srv;\n}\nworker_processes 2;\n' },
    ];
    expect(contextWarnings(files)).toEqual(['loc.conf:4:1 "worker_processes"']);
  });

  it('judges a file included in two places once per place, in either order', () => {
    const common = { name: 'common.conf', text: 'client_max_body_size 1m;\n' };
    const eventsFirst = 'events {\n  include common.conf;\n}\nhttp {\n  include common.conf;\n}\n';
    const httpFirst = 'http {\n  include common.conf;\n}\nevents {\n  include common.conf;\n}\n';
    for (const text of [eventsFirst, httpFirst])
      expect(contextWarnings([{ name: 'nginx.conf', text }, common])).toEqual([
        'common.conf:1:1 "client_max_body_size"',
      ]);
  });
});
