import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { detectIstio } from './index';

const FIXTURES = join(__dirname, '__fixtures__');

describe('detectIstio', () => {
  it('is sure of DestinationRule and EnvoyFilter', () => {
    const dr = 'apiVersion: networking.istio.io/v1\nkind: DestinationRule\n';
    expect(detectIstio(dr)).toBeGreaterThanOrEqual(0.95);
  });

  it('says 0 for Kubernetes objects of other API groups', () => {
    expect(detectIstio('apiVersion: networking.k8s.io/v1\nkind: Ingress\n')).toBe(0);
    expect(detectIstio('apiVersion: traefik.io/v1alpha1\nkind: ServersTransport\n')).toBe(0);
  });

  it('wins detection over every other reader for each Istio fixture', () => {
    for (const dir of readdirSync(FIXTURES))
      for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => n !== 'expected.json')) {
        const text = readFileSync(join(FIXTURES, dir, name), 'utf8');
        expect(detectFormat(text, name).parser?.id, `${dir}/${name}`).toBe('istio');
      }
  });
});
