import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { dotnetParser } from '../dotnet';
import { caddyParser } from './index';

const CADDYFILE =
  '{\n\tservers {\n\t\ttimeouts {\n\t\t\tidle 30s\n\t\t}\n\t}\n}\n\nexample.com {\n\treverse_proxy app:8080\n}\n';
const NGINX =
  'http {\n  keepalive_timeout 65s;\n  server {\n    listen 80;\n    location / {\n      proxy_pass http://app;\n    }\n  }\n}\n';
const HAPROXY =
  'global\n  maxconn 100\ndefaults\n  mode http\n  timeout client 30s\nfrontend web\n  bind :80\n  default_backend app\nbackend app\n  server a 10.0.0.1:80\n';
const APACHE =
  '<VirtualHost *:80>\n  ServerName example.com\n  KeepAliveTimeout 5\n  ProxyPass / http://app:8080/\n</VirtualHost>\n';

/** Every YAML file of the other formats' fixtures and of the realistic chains. */
const YAML_FILES = Object.entries(
  import.meta.glob<string>(
    ['../*/__fixtures__/**/*.{yaml,yml}', '../../import/__fixtures__/**/*.{yaml,yml}'],
    { query: '?raw', import: 'default', eager: true },
  ),
).filter(([path]) => !path.includes('/caddy/'));

describe('Caddy and .NET detection', () => {
  it('does not take a YAML file (Kubernetes, Helm values, Spring, Envoy, Traefik) for a Caddyfile', () => {
    expect(YAML_FILES.length).toBeGreaterThan(50);
    const claimed = YAML_FILES.filter(([path, text]) => caddyParser.detect(text, path) >= 0.3);
    expect(claimed.map(([path]) => path)).toEqual([]);
  });
  it('does not take nginx, HAProxy or Apache configs for a Caddyfile', () => {
    for (const text of [NGINX, HAPROXY, APACHE])
      expect(caddyParser.detect(text, 'pasted-1')).toBeLessThan(0.3);
  });
  it('does not take Kotlin or Java code (package and import lines) for a Caddyfile', () => {
    const kotlin =
      'package com.example.shop\n\nimport org.springframework.context.annotation.Bean\nimport org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory\nimport java.time.*\n\nclass TomcatConfig {\n    fun tomcat() = TomcatServletWebServerFactory()\n}\n';
    expect(caddyParser.detect(kotlin, 'TomcatConfig.kt')).toBeLessThan(0.3);
    // A Caddyfile importing a snippet file keeps being one.
    expect(
      caddyParser.detect('import common.caddy\n:8080 {\n  reverse_proxy app:3000\n}\n', 'pasted-1'),
    ).toBeGreaterThan(0.5);
  });
  it('picks Caddy for a Caddyfile over every other parser', () => {
    expect(detectFormat(CADDYFILE, 'pasted-1').parser?.id).toBe('caddy');
  });
  it('does not take package.json, tsconfig.json or Caddy JSON for appsettings.json', () => {
    const caddyJson = '{"apps": {"http": {"servers": {"s": {"idle_timeout": "5s"}}}}}';
    for (const [name, text] of [
      ['package.json', '{ "name": "x", "version": "1.0.0", "dependencies": {} }'],
      ['tsconfig.json', '{ "compilerOptions": { "strict": true } }'],
      ['caddy.json', caddyJson],
    ] as const)
      expect(dotnetParser.detect(text, name)).toBe(0);
    expect(detectFormat(caddyJson, 'caddy.json').parser?.id).toBe('caddy');
  });
});
