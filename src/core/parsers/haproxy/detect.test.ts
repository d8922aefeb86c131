import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';

const HAPROXY = `global\n    maxconn 4096\n\ndefaults\n    mode http\n    timeout client 30s\n    timeout server 30s\n\nfrontend web\n    bind *:80\n    default_backend app\n\nbackend app\n    server a1 10.0.0.1:8080 check\n`;
const APACHE = `KeepAlive On\nKeepAliveTimeout 15\n<VirtualHost *:80>\n    ServerName shop.example.com\n    ProxyPass / http://app:8080/ ttl=30\n</VirtualHost>\n`;
const NGINX = `http {\n  keepalive_timeout 65;\n  upstream app { server 10.0.0.1:8080; keepalive 16; }\n  server {\n    listen 80;\n    location / { proxy_pass http://app; }\n  }\n}\n`;
const TOMCAT = `<?xml version="1.0"?>\n<Server port="8005">\n  <Service name="Catalina">\n    <Connector port="8080" keepAliveTimeout="30000"/>\n  </Service>\n</Server>\n`;

const pick = (text: string, name: string) => detectFormat(text, name).parser?.id;

describe('HAProxy, Apache httpd and nginx are told apart by content', () => {
  it('picks each format under a neutral name and under the others’ usual names', () => {
    for (const name of ['pasted-1', 'nginx.conf', 'haproxy.cfg', 'httpd.conf']) {
      expect(pick(HAPROXY, name), name).toBe('haproxy');
      expect(pick(APACHE, name), name).toBe('apache-httpd');
      expect(pick(NGINX, name), name).toBe('nginx');
    }
  });

  it('reads fragments: a bare defaults section, a bare virtual host', () => {
    expect(pick('defaults\n  timeout http-keep-alive 2s\n  timeout client 1m\n', 'x')).toBe(
      'haproxy',
    );
    expect(pick('<VirtualHost *:443>\n  KeepAliveTimeout 65\n</VirtualHost>\n', 'x')).toBe(
      'apache-httpd',
    );
  });

  it('leaves Tomcat server.xml to its own reader', () => {
    expect(pick(TOMCAT, 'server.xml')).toBe('tomcat-xml');
  });

  it('does not claim YAML or Java properties', () => {
    const yaml = 'server:\n  tomcat:\n    keep-alive-timeout: 20s\nbackend: app\n';
    expect(['haproxy', 'apache-httpd']).not.toContain(pick(yaml, 'application.yaml'));
    expect(['haproxy', 'apache-httpd']).not.toContain(pick('server.port=8080\n', 'a.properties'));
  });
});
