/**
 * Mistake kinds (mistake-kinds.ts) that have fewer than MIN_CASES_PER_KIND realistic chains yet,
 * with how many they have. chain-fixtures.test.ts fails when a kind reaches the minimum and is
 * still listed, so this list only shrinks.
 */
export const KINDS_SHORT_OF_MIN: Record<string, string> = {
  'terraform-alb-module': '6 of 10',
  'terraform-variables-file': '3 of 10',
  'terraform-nlb-only-network': '3 of 10',
  'terraform-helm-release': '2 of 10',
  'ingress-values-no-config': '2 of 10',
  'k8s-cloud-lb-annotations': '2 of 10',
  'ingress-bogus-annotation': '2 of 10',
};
