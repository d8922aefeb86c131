/**
 * Mistake kinds (mistake-kinds.ts) that have fewer than MIN_CASES_PER_KIND realistic chains yet,
 * with how many they have. chain-fixtures.test.ts fails when a kind reaches the minimum and is
 * still listed, so this list only shrinks.
 */
export const KINDS_SHORT_OF_MIN: Record<string, string> = {
  'nginx-proxy-pass-no-upstream': '2 of 10',
  'nginx-proxies-nowhere': '2 of 10',
  'nginx-connection-map-close': '3 of 10',
  'nginx-ordinary-location-first': '2 of 10',
  'nginx-http-only': '2 of 10',
  'terraform-alb-module': '6 of 10',
  'terraform-variables-file': '3 of 10',
  'terraform-nlb-only-network': '3 of 10',
  'terraform-helm-release': '2 of 10',
  'ingress-values-no-config': '2 of 10',
  'k8s-cloud-lb-annotations': '2 of 10',
  'ingress-bogus-annotation': '2 of 10',
  order: '2 of 10',
  'flat-yaml': '4 of 10',
  'yields-nothing': '0 of 10',
};
