import type { YAMLMap } from '../../source/yaml/nodes';
import type { YamlDocument } from '../../source/yaml/documents';
import { getEntry, getMap, readEntries, scalarText } from '../../source/yaml/entries';
import { readConfigMapData, type KubeObject } from '../../source/yaml/kubernetes';
import { hasCloudLbAnnotations } from '../alb-ingress/service-lb';
import { INGRESS_KEYS, OTHER_INGRESS_KEYS } from './keys';

/** One map of ingress-nginx settings found in a YAML document. */
export interface ConfigSource {
  /** `configmap ingress-nginx-controller`, `helm controller.config`. */
  scope: string;
  /** The map holding the keys (`data:` or `controller.config:`), or null when absent. */
  map: YAMLMap | null;
  document: YamlDocument;
  /** A ConfigMap's `data`: Kubernetes accepts only string values there. */
  stringsOnly: boolean;
  /** A node that should have been a map but is not (reported), with its offset. */
  notAMap?: { offset: number; path: string };
  /** Helm values with a `controller:` and no `config:`: the controller runs at its defaults. */
  defaultsOnly?: { offset: number; path: string };
  /** Helm `controller.service.annotations`: the cloud load balancer in front of the controller. */
  service?: { scope: string; map: YAMLMap; start: number };
}

const holdsIngressKeys = (map: YAMLMap | undefined, document: YamlDocument): boolean =>
  readEntries(map, document.index).some(
    (e) => e.key in INGRESS_KEYS || OTHER_INGRESS_KEYS.has(e.key),
  );

/**
 * Keys of the ingress-nginx chart's `controller:` values that other charts' `controller:` (Jenkins,
 * Argo CD) do not have. Source: kubernetes/ingress-nginx charts/ingress-nginx/values.yaml.
 */
const CHART_CONTROLLER_KEYS = new Set([
  'config',
  'ingressClassResource',
  'ingressClass',
  'ingressClassByName',
  'electionID',
  'admissionWebhooks',
  'publishService',
  'allowSnippetAnnotations',
  'watchIngressWithoutClass',
  'enableAnnotationValidations',
  'addHeaders',
  'proxySetHeaders',
  'configAnnotations',
  'enableTopologyAwareRouting',
  'hostNetwork',
  'hostPort',
  'dnsPolicy',
  'reportNodeInternalIp',
  'minAvailable',
  'maxmindLicenseKey',
  'enableMimalloc',
  'healthCheckPath',
  'customTemplate',
  'configMapNamespace',
  'containerPort',
  'existingPsp',
]);

const offsetOf = (node: unknown): number =>
  (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;

/** A `kind: ConfigMap` named like ingress-nginx's or holding its keys. */
export function readConfigMapSource(o: KubeObject): ConfigSource | null {
  const dataEntry = getEntry(o.map, 'data', o.document.index);
  const data = readConfigMapData(o);
  const named = /ingress|nginx/i.test(o.name);
  if (!named && !holdsIngressKeys(data, o.document)) return null;
  const scope = o.name !== '(unnamed)' ? `configmap ${o.name}` : 'configmap';
  const source: ConfigSource = {
    scope,
    map: data ?? null,
    document: o.document,
    stringsOnly: true,
  };
  if (dataEntry && dataEntry.value !== null && !data)
    source.notAMap = { offset: dataEntry.valueStart, path: 'data' };
  return source;
}

/** Helm values of the chart under `prefix` (`''`, `ingress-nginx.`); `chart` when known to be it. */
export function readHelmValues(
  root: YAMLMap,
  prefix: string,
  document: YamlDocument,
  chart = false,
): ConfigSource | null {
  const { index } = document;
  const controllerEntry = getEntry(root, 'controller', index);
  const controller = getMap(root, ['controller'], index);
  if (!controller || !controllerEntry) return null;
  const keys = readEntries(controller, index).map((e) => e.key);
  const imageMap = getMap(controller, ['image'], index);
  const image = ['image', 'repository']
    .map((k) => scalarText(getEntry(imageMap, k, index)?.node) ?? '')
    .join(' ');
  const service = getMap(controller, ['service', 'annotations'], index);
  // A controller Service that asks a cloud for a load balancer: starter values often say no more.
  const cloudService =
    service !== undefined &&
    hasCloudLbAnnotations(new Map(readEntries(service, index).map((e) => [e.key, e])));
  const isChart =
    chart ||
    cloudService ||
    keys.some((k) => CHART_CONTROLLER_KEYS.has(k)) ||
    /ingress-nginx/.test(image) ||
    /^(ingress-nginx|nginx-ingress|ingress)\.$/.test(prefix);
  if (!isChart) return null;
  const configEntry = getEntry(controller, 'config', index);
  const map = getMap(controller, ['config'], index) ?? null;
  const path = `${prefix}controller.config`;
  const source: ConfigSource = { scope: `helm ${path}`, map, document, stringsOnly: false };
  if (configEntry && configEntry.value !== null && !map)
    source.notAMap = { offset: configEntry.valueStart, path };
  if (!configEntry) source.defaultsOnly = { offset: controllerEntry.keyStart, path };
  if (service)
    source.service = {
      scope: `helm ${prefix}controller.service`,
      map: service,
      start: offsetOf(service),
    };
  return source;
}

/**
 * The ingress-nginx settings maps in a document that is not a Kubernetes object: Helm values with
 * `controller.config` (also under an umbrella chart key, e.g. `ingress-nginx.controller.config`),
 * chart values with `controller:` and no `config:` (the defaults); or, as fragments, a bare
 * `data:` map or a bare map of ingress-nginx keys.
 */
export function findValuesSources(document: YamlDocument): ConfigSource[] {
  const { index } = document;
  const root = getMap(document.doc.contents, [], index);
  if (!root || getEntry(root, 'kind', index)) return [];
  const helm: ConfigSource[] = [];
  const top = readHelmValues(root, '', document);
  if (top) helm.push(top);
  for (const entry of readEntries(root, index)) {
    const child = getMap(entry.node, [], index);
    if (child && entry.key !== 'controller') {
      const nested = readHelmValues(child, `${entry.key}.`, document);
      if (nested) helm.push(nested);
    }
  }
  if (helm.length > 0) return helm;
  const data = getMap(root, ['data'], index);
  if (holdsIngressKeys(data, document))
    return [{ scope: 'configmap', map: data ?? null, document, stringsOnly: true }];
  if (holdsIngressKeys(root, document))
    return [{ scope: 'configmap data', map: root, document, stringsOnly: false }];
  return [];
}
