import { numbered, oneFile, type ScalingFamily } from './family';

const rule = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: r%
spec:
  host: h%
  trafficPolicy:
    connectionPool:
      http:
        idleTimeout: 30s
---
`;

const subset = `  - name: s%
    trafficPolicy:
      connectionPool:
        tcp:
          maxConnections: 10
`;

const patch = `  - applyTo: CLUSTER
    match:
      context: SIDECAR_OUTBOUND
    patch:
      value:
        common_http_protocol_options:
          idle_timeout: 50s
`;

/** Istio manifests that grow: rules, subsets of one rule, patches of one EnvoyFilter. */
export const families: readonly ScalingFamily[] = [
  {
    name: 'istio: many DestinationRules',
    parser: 'istio',
    make: (n) => oneFile('rules.yaml', numbered(n, rule)),
  },
  {
    // Each subset replaces the host's pool: one diagnostic per subset, not per subset × key.
    name: 'istio: one DestinationRule with many subsets',
    parser: 'istio',
    make: (n) =>
      oneFile(
        'dr.yaml',
        `${rule.replaceAll('%', '0').replace('---\n', '')}  subsets:\n${numbered(n, subset)}`,
      ),
  },
  {
    name: 'istio: one EnvoyFilter with many patches',
    parser: 'istio',
    make: (n) =>
      oneFile(
        'ef.yaml',
        `apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: f\nspec:\n  configPatches:\n${numbered(n, patch)}`,
      ),
  },
];
