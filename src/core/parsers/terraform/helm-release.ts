import type { ExtractedNode } from '../types';
import { readValuesFile, readYamlText, takeYamlRead } from './helm-yaml';
import { evaluate } from './evaluate';
import { helmServiceBalancers } from './helm-service';
import {
  addAnnotation,
  listElements,
  readConfigValue,
  readYamlencode,
  type HelmValues,
} from './helm-values';
import { readObjectLiteral } from './object-literal';
import { expressionText, readArgument, type ReadContext } from './settings';
import type { Block, Body } from './tree';

const CONFIG = /^controller\.config\.(.+)$/;
const ANNOTATION = /^controller\.service\.annotations\.(.+)$/;

/**
 * A `helm_release` installing the ingress-nginx chart → its ingress-nginx node, and the cloud load
 * balancer in front of it from `controller.service.annotations`. `values` is read element by
 * element as Helm merges them: `<<EOF` heredocs and given files (`file()`, `templatefile()`) as
 * Helm values YAML, `yamlencode({ … })` as the object it encodes; then `set` (blocks, or the
 * helm provider 3 list `set = [{ name, value }]`) on top, as Helm applies --set after values.
 * No config anywhere → the chart's defaults.
 */
export function extractHelmRelease(block: Block, ctx: ReadContext): ExtractedNode[] | undefined {
  const names = ['chart', 'repository'].map((a) => chartText(block, a, ctx)).join(' ');
  if (!/ingress-nginx/.test(names)) return undefined;
  const scope = `helm_release.${block.labels[1] ?? ''}`;
  const nodes: ExtractedNode[] = [];
  const values: HelmValues = { settings: {}, annotations: new Map() };
  const attr = block.body.attributes.find((a) => a.name === 'values');
  const unread: string[] = [];
  for (const element of listElements(attr?.expr ?? [])) {
    const [first] = element;
    if (element.length === 1 && first?.kind === 'heredoc') {
      if (takeYamlRead(ctx, first.start)) readYamlText(first, ctx, values, nodes, scope);
    } else if (
      !readYamlencode(element, ctx, values) &&
      !readValuesFile(element, ctx, values, nodes, scope)
    )
      unread.push(first?.text ?? '');
  }
  if (attr && unread.length > 0)
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `${scope}: values given as ${unread.join(', ')}(…) are not read here (heredocs, yamlencode() and file() of a file given are)`,
      attr.nameStart,
    );
  for (const body of setBodies(block.body)) readSet(body, values, ctx);
  if (Object.keys(values.settings).length === 0)
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `${scope}: no controller.config here; the controller runs with ingress-nginx's defaults`,
      block.typeStart,
    );
  nodes.push(
    ...helmServiceBalancers(values, `${scope} controller.service`, scope, block.typeStart, ctx),
  );
  nodes.push({
    tech: 'ingress-nginx',
    scope,
    settings: values.settings,
    label: `ingress-nginx ${scope}`,
  });
  return nodes;
}

/**
 * The chart or repository as written when it cannot be evaluated (`"${path.module}/charts/
 * ingress-nginx"`, an OCI reference built from a variable): its name still says which chart.
 */
function chartText(block: Block, name: string, ctx: ReadContext): string {
  const value = readArgument(block.body, name, ctx.resolve);
  if (value?.kind === 'string') return value.value;
  const attr = block.body.attributes.find((a) => a.name === name);
  return attr ? expressionText(attr, ctx) : '';
}

/** `set { … }` blocks, and the helm provider 3 form `set = [{ name = …, value = … }, …]`. */
function setBodies(body: Body): Body[] {
  const out = body.blocks.filter((b) => b.type === 'set').map((b) => b.body);
  for (const attr of body.attributes.filter((a) => a.name === 'set'))
    for (const element of listElements(attr.expr))
      out.push({
        attributes: readObjectLiteral(element).map((e) => ({
          name: e.key,
          nameStart: e.keyStart,
          expr: e.expr,
        })),
        blocks: [],
      });
  return out;
}

/** `name = "controller.config.keep-alive"` / `"controller.service.annotations.<escaped>"`. */
function readSet(body: Body, values: HelmValues, ctx: ReadContext) {
  const nameAttr = body.attributes.find((a) => a.name === 'name');
  const valueAttr = body.attributes.find((a) => a.name === 'value');
  const name = nameAttr ? evaluate(nameAttr.expr, ctx.resolve) : undefined;
  const token = nameAttr?.expr[0];
  if (name?.kind !== 'string' || !valueAttr || !token) return;
  // Helm's --set path: `\.` is a dot inside a key.
  const config = CONFIG.exec(name.value)?.[1]?.replace(/\\\./g, '.');
  // The origin is the setting's name as written: inside the quotes of `name = "controller.…"`.
  if (config)
    readConfigValue(
      config,
      valueAttr.expr,
      token.start + 1,
      `controller.config.${config}`,
      ctx,
      values.settings,
    );
  const annotation = ANNOTATION.exec(name.value)?.[1]?.replace(/\\\./g, '.');
  if (annotation) addAnnotation(annotation, token.start + 1, valueAttr.expr, ctx, values);
}
