import { describe, expect, it } from 'vitest';
import { detectSpring, parseSpring } from './index';

describe('detectSpring', () => {
  it('is sure of server.tomcat keys, flat or nested, and env names', () => {
    expect(detectSpring('server.tomcat.keep-alive-timeout=5s\n')).toBeGreaterThanOrEqual(0.9);
    expect(detectSpring('server:\n  tomcat:\n    keep-alive-timeout: 5s\n')).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(detectSpring('env:\n  - name: SERVER_TOMCAT_KEEPALIVETIMEOUT\n')).toBeGreaterThan(0.8);
  });

  it('uses the file name only as a hint', () => {
    expect(detectSpring('spring.application.name=x\n', 'application.properties')).toBeGreaterThan(
      detectSpring('spring.application.name=x\n'),
    );
    expect(detectSpring('<Server port="8005"/>', 'application.yml')).toBe(0);
  });

  it('says 0 for other formats', () => {
    expect(detectSpring('http {\n  keepalive_timeout 65;\n}\n', 'nginx.conf')).toBe(0);
    expect(detectSpring('resource "aws_lb" "main" {\n  idle_timeout = 60\n}\n')).toBe(0);
    expect(detectSpring('<Connector port="8080" connectionTimeout="20000"/>')).toBe(0);
    expect(detectSpring('# server.tomcat.keep-alive-timeout=5s\n')).toBe(0);
  });
});

describe('parseSpring', () => {
  it('treats a pasted file without a name by its content', () => {
    const props = parseSpring({ name: 'pasted-1', text: 'server.tomcat.keep-alive-timeout=61s\n' });
    expect(props.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.value).toBe(61000);
    const yaml = parseSpring({
      name: 'pasted-2',
      text: 'server:\n  tomcat:\n    keep-alive-timeout: 62s\n',
    });
    expect(yaml.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.value).toBe(62000);
  });

  it('follows YAML anchors and merge keys', () => {
    const text = [
      'defaults: &tomcat',
      '  keep-alive-timeout: 70s',
      'server:',
      '  tomcat:',
      '    <<: *tomcat',
      '    connection-timeout: 5s',
    ].join('\n');
    const r = parseSpring({ name: 'application.yml', text });
    const ka = r.nodes[0]?.settings['server.tomcat.keep-alive-timeout'];
    expect(ka?.value).toBe(70000);
    expect(ka?.origin).toMatchObject({ kind: 'explicit', line: 2, column: 3 });
  });

  it('points at the column of the key', () => {
    const r = parseSpring({
      name: 'application.yml',
      text: 'server:\n  tomcat:\n    keep-alive-timeout: 5s\n',
    });
    expect(r.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.origin).toEqual({
      kind: 'explicit',
      file: 'application.yml',
      line: 3,
      column: 5,
      setting: 'server.tomcat.keep-alive-timeout',
    });
  });
});

describe('embedded application.yml in a ConfigMap', () => {
  it('maps line and column back to the ConfigMap', () => {
    const text =
      'data:\n  application.yml: |\n    server:\n      tomcat:\n        keep-alive-timeout: 5s\n';
    expect(detectSpring(text)).toBeGreaterThanOrEqual(0.8);
    const r = parseSpring({ name: 'cm.yaml', text });
    expect(r.nodes[0]?.settings['server.tomcat.keep-alive-timeout']?.origin).toMatchObject({
      line: 5,
      column: 9,
    });
  });
});
