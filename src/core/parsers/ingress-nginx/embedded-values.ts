import { asSeq, getMap, getPath, scalarText } from '../../source/yaml/entries';
import type { YamlDocument } from '../../source/yaml/documents';
import type { KubeObject } from '../../source/yaml/kubernetes';
import { readHelmValues, type ConfigSource } from './sources';

const CHART = /(^|\/)(ingress-nginx|nginx-ingress)$/;

/** Items of a YAML sequence at `path` (none when absent). */
function itemsAt(o: KubeObject, path: readonly string[]): unknown[] {
  return asSeq(getPath(o.map, path, o.document.index), o.document.index)?.items ?? [];
}

/**
 * ingress-nginx chart values written inside another object: an Argo CD Application's
 * `spec.source(s).helm.valuesObject`, a kustomize `helmCharts[].valuesInline`. Read as the chart's
 * values (a controller: with no config: → the defaults). helmfile's are in `readHelmfileValues`.
 */
export function readEmbeddedValues(o: KubeObject): ConfigSource[] {
  const { index } = o.document;
  const out: ConfigSource[] = [];
  const add = (source: unknown, chart: string | undefined, path: string, values: string) => {
    if (!CHART.test(chart ?? '')) return;
    const map = getMap(source, values.split('.'), index);
    const read = map ? readHelmValues(map, `${path}.${values}.`, o.document, true) : null;
    if (read) out.push(read);
  };
  if (o.kind === 'Application' && /argoproj\.io/.test(o.apiVersion ?? '')) {
    const single = getMap(o.map, ['spec', 'source'], index);
    if (single)
      add(
        single,
        scalarText(getPath(single, ['chart'], index)),
        'spec.source',
        'helm.valuesObject',
      );
    itemsAt(o, ['spec', 'sources']).forEach((s, i) =>
      add(s, scalarText(getPath(s, ['chart'], index)), `spec.sources[${i}]`, 'helm.valuesObject'),
    );
  } else if (o.kind === 'Kustomization')
    itemsAt(o, ['helmCharts']).forEach((c, i) =>
      add(c, scalarText(getPath(c, ['name'], index)), `helmCharts[${i}]`, 'valuesInline'),
    );
  return out;
}

/**
 * A helmfile.yaml's `releases[]` of the chart (`chart: ingress-nginx/ingress-nginx`): each inline
 * map of its `values:` list read as the chart's values (file names in the list are files of their own).
 */
export function readHelmfileValues(document: YamlDocument): ConfigSource[] {
  const { index } = document;
  const root = getMap(document.doc.contents, [], index);
  const releases = asSeq(getPath(root, ['releases'], index), index)?.items ?? [];
  const out: ConfigSource[] = [];
  releases.forEach((release, i) => {
    if (!CHART.test(scalarText(getPath(release, ['chart'], index)) ?? '')) return;
    const values = asSeq(getPath(release, ['values'], index), index)?.items ?? [];
    values.forEach((v, j) => {
      const map = getMap(v, [], index);
      const read = map ? readHelmValues(map, `releases[${i}].values[${j}].`, document, true) : null;
      if (read) out.push(read);
    });
  });
  return out;
}
