import type { ScalingFamily } from './family';
import { numbered, oneFile, repeated } from './family';

/**
 * HAProxy and Apache httpd shapes: many proxies and virtual hosts, long chains of named
 * defaults, many servers per backend, unclosed quotes and `${` placeholders on one line,
 * deep section nesting, include fan-out among pasted files.
 */
export const families: ScalingFamily[] = [
  {
    name: 'haproxy many frontends and backends',
    parser: 'haproxy',
    make: (n) =>
      oneFile(
        'haproxy.cfg',
        'defaults\n  mode http\n  timeout client 30s\n' +
          numbered(
            n,
            'frontend f%\n  bind :80\n  default_backend b%\nbackend b%\n  server s% 10.0.0.1:80\n',
          ),
      ),
  },
  {
    name: 'haproxy chain of named defaults',
    parser: 'haproxy',
    make: (n) => {
      let text = 'defaults d0\n  timeout client 1s\n';
      for (let i = 1; i < n; i++)
        text += `defaults d${i} from d${i - 1}\n  timeout server ${i}ms\n`;
      return oneFile('haproxy.cfg', `${text}frontend f from d${n - 1}\n  bind :80\n`);
    },
  },
  {
    name: 'haproxy many servers',
    parser: 'haproxy',
    make: (n) =>
      oneFile(
        'haproxy.cfg',
        `backend b\n${numbered(n, '  server s% 10.0.0.1:80 pool-purge-delay %ms\n')}`,
      ),
  },
  {
    name: 'haproxy unclosed placeholders',
    parser: 'haproxy',
    make: (n) => oneFile('haproxy.cfg', `defaults\n  timeout client "${repeated(n, '${a')}\n`),
  },
  {
    name: 'apache many virtual hosts on one address',
    parser: 'apache-httpd',
    make: (n) =>
      oneFile(
        'httpd.conf',
        repeated(
          n,
          '<VirtualHost *:80>\n  KeepAliveTimeout 5\n  ProxyPass / http://a:1/ ttl=3\n</VirtualHost>\n',
        ),
      ),
  },
  {
    name: 'apache deep nesting',
    parser: 'apache-httpd',
    make: (n) =>
      oneFile(
        'httpd.conf',
        `${repeated(n, '<IfModule m>\n  KeepAliveTimeout 5\n')}${repeated(n, '</IfModule>\n')}${repeated(n, '</Directory>\n')}`,
      ),
  },
  {
    name: 'apache many workers',
    parser: 'apache-httpd',
    make: (n) => oneFile('httpd.conf', numbered(n, 'ProxyPass /p% http://h%:80/ ttl=5\n')),
  },
  {
    name: 'apache placeholders and continuations',
    parser: 'apache-httpd',
    make: (n) => oneFile('httpd.conf', `KeepAliveTimeout ${repeated(n, '${A \\\n')}5\n`),
  },
  {
    name: 'apache include fan-out',
    parser: 'apache-httpd',
    make: (n) => {
      const files = [{ name: 'httpd.conf', text: 'Include f0.conf\n' }];
      for (let i = 0; i < n; i++)
        files.push({
          name: `f${i}.conf`,
          text:
            i + 1 < n ? `Include f${i + 1}.conf\nInclude f${i + 1}.conf\n` : 'KeepAliveTimeout 5\n',
        });
      return files;
    },
  },
];
