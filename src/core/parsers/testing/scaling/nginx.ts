import type { ScalingFamily } from './family';
/**
 * Scaling families for the nginx parser (issue 11 §2): `make(n)` builds an input whose size grows
 * linearly with n; the first file is parsed, with every file as context. Timed at n, 2n, 4n, 8n
 * by `npm run bench -- scaling`; the sizes that once hung run as unit tests beside the parser.
 */
import type { SourceFile } from '../../types';

const conf = (text: string): SourceFile => ({ name: 'nginx.conf', text });

const server = (i: number): string =>
  `server {\n  listen ${8000 + (i % 1000)};\n  server_name s${i}.example.com;\n  keepalive_timeout ${30 + (i % 60)}s;\n  location / {\n    proxy_pass http://app_${i % 50};\n    proxy_read_timeout 30s;\n  }\n}\n`;

export const families: ScalingFamily[] = [
  {
    // `*a*a*…b` against a long name of a's: a backtracking RegExp took 8 s at 30 pairs.
    name: 'nginx include glob stars',
    parser: 'nginx',
    make: (n) => [
      conf(`http {\n  include ${'*a'.repeat(n)}b;\n}\n`),
      { name: 'a'.repeat(n + 40), text: 'keepalive_timeout 9s;\n' },
      { name: `${'a'.repeat(n)}b`, text: 'keepalive_timeout 5s;\n' },
    ],
  },
  {
    // Each file includes the next twice: 2^levels expansions without a budget.
    name: 'nginx include fan-out',
    parser: 'nginx',
    make: (n) => {
      const files = [conf('http {\n  include f0.conf;\n}\n')];
      for (let i = 0; i < n; i++)
        files.push({
          name: `f${i}.conf`,
          text:
            i + 1 < n
              ? `include f${i + 1}.conf;\ninclude f${i + 1}.conf;\n`
              : 'keepalive_timeout 5s;\n',
        });
      return files;
    },
  },
  {
    // Variables set in a server and in each of its locations: looked up in layers, not copied
    // per location (n sets × n locations).
    name: 'nginx set variables in many locations',
    parser: 'nginx',
    make: (n) => {
      const sets = Array.from({ length: n }, (_, i) => `  set $v${i} app_${i % 7};`).join('\n');
      const locations = Array.from(
        { length: n },
        (_, i) =>
          `  location /p${i}/ {\n    set $v${i} app_${i % 5};\n    proxy_pass http://$v${i};\n  }`,
      ).join('\n');
      return [conf(`upstream app_1 { server 10.0.0.1:80; }\nserver {\n${sets}\n${locations}\n}\n`)];
    },
  },
  {
    // One directive with n bad arguments: their spans are found in one pass, not one per flag.
    name: 'nginx many bad arguments in one directive',
    parser: 'nginx',
    make: (n) => [conf(`location / {\n  proxy_next_upstream ${'bogus '.repeat(n)};\n}\n`)],
  },
  {
    // n placeholders in a template and n variables in a .env file: indexed once, not searched
    // for each placeholder.
    name: 'nginx template placeholders from a .env file',
    parser: 'nginx',
    make: (n) => {
      const servers = Array.from(
        { length: n },
        (_, i) => `server {\n  listen \${PORT_${i}};\n  keepalive_timeout \${KA_${i}};\n}`,
      ).join('\n');
      const env = Array.from({ length: n }, (_, i) => `PORT_${i}=${8000 + i}\nKA_${i}=${i % 90}s`);
      return [conf(servers), { name: '.env', text: `${env.join('\n')}\n` }];
    },
  },
  {
    name: 'nginx many includes',
    parser: 'nginx',
    make: (n) => {
      const files: SourceFile[] = [];
      const lines: string[] = [];
      for (let i = 0; i < n; i++) {
        lines.push(`  include conf.d/site-${i}.conf;`, `  include snippets/missing-${i}.conf;`);
        files.push({ name: `conf.d/site-${i}.conf`, text: server(i) });
      }
      return [conf(`http {\n${lines.join('\n')}\n}\n`), ...files];
    },
  },
  {
    name: 'nginx many files by glob',
    parser: 'nginx',
    make: (n) => [
      conf('http {\n  include /etc/nginx/conf.d/*.conf;\n}\n'),
      ...Array.from({ length: n }, (_, i) => ({ name: `conf.d/site-${i}.conf`, text: server(i) })),
    ],
  },
  { name: 'nginx quote storm', parser: 'nginx', make: (n) => [conf('"'.repeat(n * 64))] },
  {
    name: 'nginx unterminated strings',
    parser: 'nginx',
    make: (n) => [conf(`proxy_set_header X-A "abc;\nkeepalive_timeout 5s;\n`.repeat(n))],
  },
  {
    name: 'nginx long line',
    parser: 'nginx',
    make: (n) => [conf(`http { ${'proxy_set_header X-A "b"; '.repeat(n)}keepalive_timeout 5s; }`)],
  },
  {
    name: 'nginx many lines',
    parser: 'nginx',
    make: (n) => [
      conf(`http {\n${'  # comment\n  gzip on;\n  keepalive_timeout 5s;\n'.repeat(n)}}\n`),
    ],
  },
  {
    name: 'nginx deep nesting',
    parser: 'nginx',
    make: (n) => [
      conf(`http { server { ${'location / { '.repeat(n)}proxy_pass http://a;${' }'.repeat(n)} } }`),
    ],
  },
  {
    name: 'nginx many server blocks',
    parser: 'nginx',
    make: (n) => {
      let text = 'http {\n';
      for (let i = 0; i < 50; i++)
        text += `upstream app_${i} { server 10.0.0.${i}:80; keepalive 8; }\n`;
      for (let i = 0; i < n; i++) text += server(i);
      return [conf(`${text}}\n`)];
    },
  },
];
