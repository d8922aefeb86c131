import { INGRESS_KEYS, OTHER_INGRESS_KEYS } from './keys';

const SAMPLE = 20_000;

/** Keys only the ingress-nginx chart's `controller:` values have (not Jenkins', not Argo CD's). */
const CHART_KEY_LINE =
  /^[ \t]+(config|ingressClassResource|ingressClass|electionID|admissionWebhooks|publishService|allowSnippetAnnotations|watchIngressWithoutClass|hostNetwork|hostPort|dnsPolicy|reportNodeInternalIp|minAvailable|maxmindLicenseKey|enableMimalloc|customTemplate|configMapNamespace|existingPsp):/m;
/** A cloud load balancer annotation (the controller Service's, in chart values under controller:). */
const CLOUD_LB_LINE =
  /^[ \t]+["']?(service\.beta\.kubernetes\.io\/(aws|azure)-load-balancer-|cloud\.google\.com\/|networking\.gke\.io\/)/m;
/** An umbrella chart's values: the ingress-nginx dependency under its chart name. */
const UMBRELLA = /^["']?(ingress-nginx|nginx-ingress)["']?:[ \t]*$/m;
/** The chart named in an Argo CD Application's source or a kustomize helmCharts entry. */
const EMBEDDED_CHART =
  /^[ \t]+(-[ \t]+)?(chart|name):[ \t]*["']?(\S*\/)?(ingress-nginx|nginx-ingress)["']?[ \t]*$/m;
const EMBEDDED_VALUES = /^[ \t]+(valuesObject|valuesInline|values):[ \t]*$/m;
/** The controller's own objects (deploy.yaml): its labels or the Service's name. */
const CONTROLLER_OBJECT =
  /^[ \t]*app\.kubernetes\.io\/name:[ \t]*["']?ingress-nginx\b|^[ \t]*name:[ \t]*["']?ingress-nginx-controller\b/m;
/** Per-Ingress annotations people write for ConfigMap-only settings (warned about). */
const CONFIGMAP_ONLY_ANNOTATION =
  /^[ \t]*["']?nginx\.ingress\.kubernetes\.io\/(upstream-keep-?alive|keep-?alive)/m;

/** A Terraform block opener (`resource "helm_release" "x" {`): never a line of YAML. */
const HCL_BLOCK =
  /^(resource|data|module|variable|locals|provider|terraform|output)([ \t]+"[^"\n]*")*[ \t]*\{[ \t]*$/m;

/** `key:` at the start of a YAML line, for every key ingress-nginx knows. */
const KEY_LINE = /^[ \t]*["']?([a-z0-9-]+)["']?[ \t]*:/gm;

/**
 * Confidence 0..1 that `text` is an ingress-nginx ConfigMap or Helm values file: its keys
 * (keep-alive, upstream-keepalive-timeout, use-forwarded-headers…) in YAML, raised by
 * `kind: ConfigMap` or a `controller:` / `config:` pair. Cheap: looks at the first 20 kB.
 */
export function detectIngressNginx(text: string, fileName?: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Terraform holding chart values in a heredoc (helm_release) is Terraform's to read.
  if (HCL_BLOCK.test(sample)) return 0;
  let ours = 0;
  let others = 0;
  for (const m of sample.matchAll(KEY_LINE)) {
    const key = m[1] ?? '';
    if (key in INGRESS_KEYS) ours++;
    else if (OTHER_INGRESS_KEYS.has(key)) others++;
  }
  const chart =
    (/^controller:/m.test(sample) &&
      !/^kind:/m.test(sample) &&
      (CHART_KEY_LINE.test(sample) || CLOUD_LB_LINE.test(sample))) ||
    (UMBRELLA.test(sample) && /^[ \t]+controller:/m.test(sample)) ||
    (EMBEDDED_CHART.test(sample) && EMBEDDED_VALUES.test(sample));
  const controllerObject = CONTROLLER_OBJECT.test(sample);
  if (ours + others === 0) {
    if (chart || controllerObject) return 0.85;
    return CONFIGMAP_ONLY_ANNOTATION.test(sample) ? 0.7 : 0;
  }
  const configMap = /^kind:[ \t]*ConfigMap\b/m.test(sample);
  const helm = /^controller:/m.test(sample) && /^[ \t]+config:/m.test(sample);
  const named =
    /ingress|nginx/i.test(sample.match(/^[ \t]+name:[ \t]*(.*)$/m)?.[1] ?? '') ||
    /ingress/i.test(fileName ?? '');
  let score = 0.4 + 0.15 * Math.min(ours, 2) + 0.05 * Math.min(others, 2);
  if (configMap || helm || chart || controllerObject) score += 0.25;
  if (named) score += 0.1;
  return Math.min(0.98, score);
}
