import { numbered, oneFile, type ScalingFamily } from './family';

const HCM =
  'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager';

const listener = `  - name: l%
    filter_chains:
    - filters:
      - name: envoy.filters.network.http_connection_manager
        typed_config:
          "@type": ${HCM}
          common_http_protocol_options: { idle_timeout: 300s }
          route_config:
            virtual_hosts:
            - name: v%
              domains: ["*"]
              routes:
              - match: { prefix: "/" }
                route: { cluster: c% }
`;

const cluster = `  - name: c%
    connect_timeout: 1s
    typed_extension_protocol_options:
      envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
        common_http_protocol_options: { idle_timeout: 60s }
`;

const route = `              - match: { prefix: "/p%" }
                route: { cluster: missing% }
`;

/** Envoy bootstraps that grow: listeners and clusters, routes of one listener, JSON clusters. */
export const families: readonly ScalingFamily[] = [
  {
    name: 'envoy: many listeners and clusters',
    parser: 'envoy',
    make: (n) =>
      oneFile(
        'envoy.yaml',
        `static_resources:\n  listeners:\n${numbered(n, listener)}  clusters:\n${numbered(n, cluster)}`,
      ),
  },
  {
    // Each route names a cluster the file does not define: reported once per cluster.
    name: 'envoy: one listener with many routes to undefined clusters',
    parser: 'envoy',
    make: (n) =>
      oneFile(
        'envoy.yaml',
        `static_resources:\n  listeners:\n${listener.replaceAll('%', '0')}${numbered(n, route)}`,
      ),
  },
  {
    name: 'envoy: JSON with many clusters',
    parser: 'envoy',
    make: (n) =>
      oneFile(
        'envoy.json',
        `{"static_resources": {"clusters": [${Array.from(
          { length: n },
          (_, i) =>
            `{"name": "c${i}", "connect_timeout": "1s", "common_http_protocol_options": {"idle_timeout": "${i}s"}}`,
        ).join(',\n')}]}}`,
      ),
  },
];
