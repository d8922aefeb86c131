import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { repairFlatYaml } from './flat-yaml';

const lines = fc.array(
  fc.oneof(
    fc.constantFrom(
      'server:',
      'tomcat:',
      'data:',
      'metadata:',
      'name: x',
      'keep-alive: "65"',
      '# c',
      '',
      '- a',
      '  indented: 1',
      'spring:',
      'cloud:',
    ),
    fc.string({ maxLength: 20 }),
  ),
  { maxLength: 30 },
);

describe('repairFlatYaml', () => {
  test.prop([lines])('never throws, keeps every line and only adds indentation', (ls) => {
    const text = ls.join('\n');
    const r = repairFlatYaml(text, 'x.yml');
    if (!r) return;
    const out = r.text.split('\n');
    const inLines = text.split(/\r\n|\r|\n/);
    expect(out).toHaveLength(inLines.length);
    out.forEach((l, i) => expect(l.trimStart()).toBe((inLines[i] ?? '').trimStart()));
    expect(r.diagnostics).toHaveLength(1);
  });

  it('leaves indented YAML and other formats alone', () => {
    expect(
      repairFlatYaml('server:\n  tomcat:\n    keep-alive-timeout: 5s\n', 'a.yml'),
    ).toBeUndefined();
    expect(repairFlatYaml('http {\nkeepalive_timeout 5s;\n}\n', 'n.conf')).toBeUndefined();
  });

  it('puts a Spring key under the parent it belongs to, not the last one opened', () => {
    const r = repairFlatYaml(
      'server:\nport: 8080\ntomcat:\nkeep-alive-timeout: 20s\nspring:\napplication:\nname: shop\n',
      'application.yml',
    );
    expect(r?.text).toBe(
      'server:\n  port: 8080\n  tomcat:\n    keep-alive-timeout: 20s\nspring:\n  application:\n    name: shop\n',
    );
  });
});
