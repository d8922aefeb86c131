import { describe, expect, it } from 'vitest';
import { describeNotAConfig } from './not-a-config';
import { detectUnreadFormat } from './unread-formats';

describe('describeNotAConfig: what a file no parser claims is', () => {
  it.each([
    ['binary', '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR', 'binary file'],
    [
      'comments only',
      '# server.port=8080\n#server.tomcat.keep-alive-timeout=65s\n',
      'only comments',
    ],
    [
      'an nginx access log',
      '10.0.4.17 - - [12/Mar/2025:09:14:02 +0000] "GET / HTTP/1.1" 502 157 "-" "curl/8"\n',
      'log file',
    ],
    [
      'an nginx error log',
      '2025/03/12 09:14:05 [error] 31#31: *9 upstream prematurely closed connection\n',
      'log file',
    ],
    [
      'an ALB access log',
      'http 2025-03-12T09:14:05.123456Z app/web/50dc6c495c0c9188 10.0.0.1:2817 - -1 -1 -1 502 - 34 366 "GET http://x:80/ HTTP/1.1" "curl" - - arn - "-" "-" "-" 0 2025-03-12T09:14:05.1Z "forward" "-" "-" "-" "-" "-" "-"\n',
      'log file',
    ],
    [
      'an Ingress without annotations',
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n',
      'controller ConfigMap',
    ],
    [
      'a Deployment',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      'Kubernetes Deployment',
    ],
    ['a Compose file', 'services:\n  web:\n    image: nginx\n', 'Docker Compose'],
  ])('%s', (_, text, said) => expect(describeNotAConfig(text)).toContain(said));

  it.each([
    ['nginx', 'http {\n  keepalive_timeout 65;\n}\n'],
    ['Spring YAML', 'server:\n  tomcat:\n    keep-alive-timeout: 65s\n'],
    ['Go', 'package main\n\nfunc main() {}\n'],
    ['a half-commented properties file', '# tuned\nserver.port=8080\n'],
  ])('leaves %s alone', (_, text) => expect(describeNotAConfig(text)).toBeUndefined());

  it('stays linear on a long line that almost looks like a log', () => {
    const text = `${'1'.repeat(200_000)} - x`;
    const start = performance.now();
    describeNotAConfig(text);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('formats named as not read yet, over a parser that would read them wrongly', () => {
  it.each([
    [
      'config/puma.rb',
      'threads 5, 5\nport ENV.fetch("PORT") { 3000 }\npersistent_timeout 75\n',
      'puma',
    ],
    [
      'jetty.xml',
      '<Configure id="Server" class="org.eclipse.jetty.server.Server"><Set name="idleTimeout">30000</Set></Configure>',
      'jetty',
    ],
    [
      'hypercorn.toml',
      'bind = ["0.0.0.0:8000"]\nworkers = 4\nkeep_alive_timeout = 75\n',
      'hypercorn',
    ],
  ])('%s', (_, text, tech) =>
    expect(detectUnreadFormat(text)).toEqual(expect.objectContaining({ tech, overrides: true })),
  );

  it('does not take gunicorn settings for Hypercorn or Puma', () => {
    expect(
      detectUnreadFormat('bind = "0.0.0.0:8000"\nworkers = 3\nkeepalive = 5\n'),
    ).toBeUndefined();
  });
});
