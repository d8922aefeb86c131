import { describe, expect, it } from 'vitest';
import { detectIngressNginx } from './detect';

describe('detectIngressNginx', () => {
  it('is confident on a controller ConfigMap and on Helm values', () => {
    const cm =
      'kind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\ndata:\n  keep-alive: "75"\n';
    expect(detectIngressNginx(cm)).toBeGreaterThan(0.85);
    expect(
      detectIngressNginx('controller:\n  config:\n    upstream-keepalive-timeout: 60\n'),
    ).toBeGreaterThan(0.7);
  });

  it('is moderately confident on bare keys', () => {
    const score = detectIngressNginx('keep-alive: "45"\n');
    expect(score).toBeGreaterThan(0.4);
    expect(score).toBeLessThan(0.7);
  });

  it('ignores other YAML and other formats', () => {
    expect(detectIngressNginx('server:\n  tomcat:\n    keep-alive-timeout: 20s\n')).toBe(0);
    expect(detectIngressNginx('kind: ConfigMap\ndata:\n  timeout: "30"\n')).toBe(0);
    expect(detectIngressNginx('http {\n keepalive_timeout 65;\n}\n')).toBe(0);
    expect(detectIngressNginx('')).toBe(0);
  });
});
