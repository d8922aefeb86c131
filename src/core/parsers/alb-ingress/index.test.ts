import { describe, expect, it } from 'vitest';
import { detectAlbIngress, parseAlbIngress } from './index';

describe('detectAlbIngress', () => {
  it('is sure of alb.ingress annotations and IngressClassParams', () => {
    expect(
      detectAlbIngress('  annotations:\n    alb.ingress.kubernetes.io/scheme: internal\n'),
    ).toBeGreaterThanOrEqual(0.95);
    expect(detectAlbIngress('kind: IngressClassParams\n')).toBeGreaterThanOrEqual(0.9);
    expect(detectAlbIngress('spec:\n  ingressClassName: alb\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('says 0 for other formats and for a mention in a comment', () => {
    expect(detectAlbIngress('apiVersion: v1\nkind: ConfigMap\ndata:\n  keep-alive: "75"\n')).toBe(
      0,
    );
    expect(detectAlbIngress('resource "aws_lb" "x" {}')).toBe(0);
    expect(detectAlbIngress('# see alb.ingress.kubernetes.io/ docs\nkind: Deployment\n')).toBe(0);
  });
});

describe('parseAlbIngress', () => {
  it('points at the attribute inside the annotation value', () => {
    const text = [
      'kind: Ingress',
      'metadata:',
      '  name: a',
      '  annotations:',
      "    alb.ingress.kubernetes.io/load-balancer-attributes: 'x=1,idle_timeout.timeout_seconds=61'",
    ].join('\n');
    const r = parseAlbIngress({ name: 'i.yaml', text });
    expect(r.nodes[0]?.settings['idle_timeout.timeout_seconds']).toEqual({
      value: 61000,
      origin: {
        kind: 'explicit',
        file: 'i.yaml',
        line: 5,
        column: text.split('\n')[4]!.indexOf('idle_timeout') + 1,
        setting: 'idle_timeout.timeout_seconds',
      },
    });
  });

  it('reads kubectl List output', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - kind: Ingress',
      '    metadata: { name: b, namespace: n }',
      '    spec: { ingressClassName: alb }',
    ].join('\n');
    expect(parseAlbIngress({ name: 'l.yaml', text }).nodes.map((n) => n.scope)).toEqual([
      'ingress n/b',
    ]);
  });
});
