import { describe, expect, it } from 'vitest';
import { detectNginx } from './detect';

const NGINX = `http {\n  keepalive_timeout 65;\n  server {\n    listen 80;\n    location / { proxy_pass http://b; }\n  }\n}\n`;

describe('detectNginx', () => {
  it('is confident on a real config', () => {
    expect(detectNginx(NGINX)).toBeGreaterThan(0.8);
  });

  it('is fairly confident on a small fragment, more with a telling file name', () => {
    const fragment = 'keepalive_timeout 65s;\nproxy_read_timeout 30s;\n';
    expect(detectNginx(fragment)).toBeGreaterThan(0.6);
    expect(detectNginx(fragment, 'nginx.conf')).toBeGreaterThan(detectNginx(fragment));
  });

  it('reads several statements on one line', () => {
    expect(detectNginx('http { include t.conf; server { listen 1; } }')).toBeGreaterThan(0.5);
  });

  it('stays low on other formats', () => {
    expect(
      detectNginx('const http = require("http");\nserver.keepAliveTimeout = 65000;\n'),
    ).toBeLessThan(0.4);
    expect(detectNginx('server:\n  tomcat:\n    keep-alive-timeout: 20s\n')).toBeLessThan(0.2);
    expect(detectNginx('server.tomcat.keep-alive-timeout=20s\n')).toBeLessThan(0.2);
    expect(detectNginx('resource "aws_lb" "main" {\n  idle_timeout = 60\n}\n')).toBeLessThan(0.4);
    expect(detectNginx('defaults\n  timeout http-keep-alive 10s\n')).toBeLessThan(0.2);
    expect(detectNginx('srv := &http.Server{IdleTimeout: 90 * time.Second}\n')).toBeLessThan(0.2);
    expect(detectNginx('')).toBe(0);
  });

  it('does not claim Java source, whose if/return blocks look like directives', () => {
    const java = [
      'package com.example.config;',
      'import org.springframework.context.annotation.Bean;',
      'public class TomcatConfig {',
      '    public Customizer keepAlive() {',
      '        return factory -> factory.addConnectorCustomizers(connector -> {',
      '            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> p) {',
      '                p.setKeepAliveTimeout(75000);',
      '            }',
      '        });',
      '    }',
      '}',
    ].join('\n');
    expect(detectNginx(java, 'TomcatConfig.java')).toBe(0);
  });

  it('gives a file name alone only a small hint', () => {
    expect(detectNginx('', 'sites-enabled/default')).toBeGreaterThan(0);
    expect(detectNginx('', 'sites-enabled/default')).toBeLessThan(0.2);
  });
});
