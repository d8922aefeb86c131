import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect';
import { detectEnvoy } from './index';

const ENVOY_FILTER = `apiVersion: networking.istio.io/v1alpha3
kind: EnvoyFilter
metadata:
  name: idle
spec:
  configPatches:
  - applyTo: NETWORK_FILTER
    match:
      listener:
        filterChain:
          filter:
            name: envoy.filters.network.http_connection_manager
    patch:
      operation: MERGE
      value:
        typed_config:
          "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
          common_http_protocol_options:
            idle_timeout: 30s
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: envoy
spec:
  template:
    spec:
      containers:
      - name: envoy
        image: envoyproxy/envoy:v1.31-latest
        args: ["-c", "/etc/envoy/envoy.yaml"]
`;

describe('detectEnvoy', () => {
  it('is sure of a bootstrap in YAML or JSON', () => {
    expect(detectEnvoy('static_resources:\n  listeners: []\n')).toBeGreaterThanOrEqual(0.95);
    expect(detectEnvoy('{\n  "static_resources": {}\n}')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a fragment of listeners with an HTTP connection manager', () => {
    const text =
      'listeners:\n- name: l\n  filter_chains:\n  - filters:\n    - name: envoy.filters.network.http_connection_manager\n';
    expect(detectEnvoy(text)).toBeGreaterThanOrEqual(0.75);
  });

  it('leaves Kubernetes manifests that mention Envoy to their own readers', () => {
    expect(detectEnvoy(ENVOY_FILTER)).toBe(0);
    expect(detectEnvoy(DEPLOYMENT)).toBe(0);
    expect(detectFormat(ENVOY_FILTER, 'filter.yaml').parser?.id).not.toBe('envoy');
    expect(detectFormat(DEPLOYMENT, 'deploy.yaml').parser?.id).not.toBe('envoy');
  });
});

const FIXTURES = join(__dirname, '__fixtures__');

describe('Envoy fixtures', () => {
  it('are each detected as Envoy over every other reader', () => {
    for (const dir of readdirSync(FIXTURES))
      for (const name of readdirSync(join(FIXTURES, dir)).filter((n) => n !== 'expected.json')) {
        const text = readFileSync(join(FIXTURES, dir, name), 'utf8');
        expect(detectFormat(text, name).parser?.id, `${dir}/${name}`).toBe('envoy');
      }
  });
});
