import type { SettingInput } from '../../model/chain';
import { unknownValue } from '../../model/value';
import { parseIngressNginx } from '../ingress-nginx';
import { INGRESS_KEYS } from '../ingress-nginx/keys';
import { readIngressValue } from '../ingress-nginx/values';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import { evaluate } from './evaluate';
import { expressionText, readArgument, type ReadContext } from './settings';
import type { Block } from './tree';
import { ownEntry } from '../../model/own-entry';

const SET = /^controller\.config\.(.+)$/;
/** Values heredocs read per file: each costs a pass over the text before it. */
const MAX_HEREDOCS = 16;

/**
 * A `helm_release` installing the ingress-nginx chart → its ingress-nginx node (and the load
 * balancer in front of it): `values = [<<EOF … EOF]` read as Helm values (as the ingress-nginx
 * parser reads a values file), then `set { name = "controller.config.<key>" value = … }` on top,
 * as Helm applies them. No config anywhere → the chart's defaults.
 */
export function extractHelmRelease(block: Block, ctx: ReadContext): ExtractedNode[] | undefined {
  const chart = readArgument(block.body, 'chart', ctx.resolve);
  const repo = readArgument(block.body, 'repository', ctx.resolve);
  const names = [chart, repo].map((v) => (v?.kind === 'string' ? v.value : '')).join(' ');
  if (!/ingress-nginx/.test(names)) return undefined;
  const scope = `helm_release.${block.labels[1] ?? ''}`;
  const nodes: ExtractedNode[] = [];
  const settings: Record<string, SettingInput> = {};
  const values = block.body.attributes.find((a) => a.name === 'values');
  let heredocs = 0;
  for (const t of values?.expr ?? []) {
    if (t.kind !== 'heredoc' || ++heredocs > MAX_HEREDOCS) continue;
    // The body without its closing marker line, at its own offsets: the text before it blanked.
    const body = t.text.slice(0, Math.max(0, t.text.lastIndexOf('\n', t.text.length - 2) + 1));
    const bodyStart = t.end - t.text.length;
    const padded = ctx.text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + body;
    const inner = parseIngressNginx({ name: ctx.file, text: padded });
    // Its codes keep the format's prefix: TF_INGRESS_BAD_VALUE mirrors INGRESS_BAD_VALUE.
    for (const d of inner.diagnostics) ctx.addDiagnostic({ ...d, code: `TF_${d.code}` });
    for (const node of inner.nodes)
      if (node.tech === 'ingress-nginx') Object.assign(settings, node.settings);
      else nodes.push({ ...node, scope: `${scope} ${node.scope.replace(/^helm /, '')}` });
  }
  if (values && heredocs === 0)
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `${scope}: values other than heredocs (file(), yamlencode(), templatefile()) are not read here`,
      values.nameStart,
    );
  for (const set of block.body.blocks.filter((b) => b.type === 'set')) readSet(set, settings, ctx);
  if (Object.keys(settings).length === 0)
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `${scope}: no controller.config here; the controller runs with ingress-nginx's defaults`,
      block.typeStart,
    );
  nodes.push({ tech: 'ingress-nginx', scope, settings, label: `ingress-nginx ${scope}` });
  return nodes;
}

/** `set { name = "controller.config.keep-alive" value = "75" }` → one setting. */
function readSet(set: Block, settings: Record<string, SettingInput>, ctx: ReadContext) {
  const name = readArgument(set.body, 'name', ctx.resolve);
  const key = name?.kind === 'string' ? SET.exec(name.value)?.[1]?.replace(/\\\./g, '.') : '';
  const def = key ? ownEntry(INGRESS_KEYS, key) : undefined;
  const valueAttr = set.body.attributes.find((a) => a.name === 'value');
  const nameToken = set.body.attributes.find((a) => a.name === 'name')?.expr[0];
  if (!key || !def || !valueAttr || !nameToken) return;
  // The origin is the setting's name as written: inside the quotes of `name = "controller.…"`.
  const at = ctx.locate(nameToken.start + 1);
  const value = evaluate(valueAttr.expr, ctx.resolve);
  if (value.kind === 'unknown') {
    const why =
      value.reason === 'complex'
        ? 'an expression not evaluated here'
        : 'a value not given in the files';
    settings[key] = writtenSetting(
      unknownValue(expressionText(valueAttr, ctx), why),
      ctx.file,
      at,
      `controller.config.${key}`,
    );
    return;
  }
  const raw = value.kind === 'null' ? null : value.value;
  const reading = readIngressValue(def.kind, raw);
  if (!reading.ok) {
    ctx.report(
      'TF_INVALID_VALUE',
      'error',
      `controller.config.${key}: ${reading.message}`,
      valueAttr.nameStart,
    );
    return;
  }
  settings[key] = writtenSetting(reading.value, ctx.file, at, `controller.config.${key}`);
}
