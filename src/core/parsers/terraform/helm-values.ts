import { Scalar } from 'yaml';
import type { SettingInput } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { YamlEntry } from '../../source/yaml/entries';
import { ownEntry } from '../../model/own-entry';
import { INGRESS_KEYS } from '../ingress-nginx/keys';
import { readIngressValue } from '../ingress-nginx/values';
import { writtenSetting } from '../written';
import { evaluate } from './evaluate';
import type { Token } from './lexer';
import { readObjectLiteral, type ObjectEntry } from './object-literal';
import type { ReadContext } from './settings';

/** What a helm_release's values give the ingress-nginx controller. */
export interface HelmValues {
  settings: Record<string, SettingInput>;
  /** `controller.service.annotations`: the cloud load balancer in front of the controller. */
  annotations: Map<string, YamlEntry>;
}

/** The elements of a list expression `[a, b( … ), c]`, each as its tokens. Linear. */
export function listElements(expr: readonly Token[]): Token[][] {
  if (expr[0]?.text !== '[' || expr[expr.length - 1]?.text !== ']') return [];
  const out: Token[][] = [[]];
  let depth = 0;
  for (const t of expr.slice(1, -1)) {
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
    if (depth === 0 && t.kind === 'punct' && t.text === ',') out.push([]);
    else out[out.length - 1]?.push(t);
  }
  return out.filter((e) => e.length > 0);
}

/** `fn( … )` → the tokens between the parentheses, when `expr` is a call of `fn`. */
export function callArguments(expr: readonly Token[], fn: string): Token[] | undefined {
  const [name, open] = expr;
  const close = expr[expr.length - 1];
  if (name?.text !== fn || open?.text !== '(' || close?.text !== ')') return undefined;
  return expr.slice(2, -1);
}

const entryOf = (entries: readonly ObjectEntry[], key: string) =>
  entries.find((e) => e.key === key);

/**
 * `yamlencode({ controller = { config = { "keep-alive" = "120" }, service = { annotations =
 * { … } } } })`: the HCL object Terraform turns into the values YAML, read in place.
 */
export function readYamlencode(element: readonly Token[], ctx: ReadContext, into: HelmValues) {
  const args = callArguments(element, 'yamlencode');
  if (!args) return false;
  const controller = entryOf(readObjectLiteral(args), 'controller');
  const inner = readObjectLiteral(controller?.expr ?? []);
  // Origins point at the key as written: inside its quotes when quoted.
  const nameAt = (e: ObjectEntry) => (ctx.text[e.keyStart] === '"' ? e.keyStart + 1 : e.keyStart);
  for (const e of readObjectLiteral(entryOf(inner, 'config')?.expr ?? []))
    readConfigValue(e.key, e.expr, nameAt(e), e.key, ctx, into.settings);
  const service = readObjectLiteral(entryOf(inner, 'service')?.expr ?? []);
  for (const e of readObjectLiteral(entryOf(service, 'annotations')?.expr ?? []))
    addAnnotation(e.key, nameAt(e), e.expr, ctx, into);
  return true;
}

/** One Service annotation written in HCL, as the YAML entry the Service reader takes. */
export function addAnnotation(
  name: string,
  at: number,
  expr: readonly Token[],
  ctx: ReadContext,
  into: HelmValues,
) {
  const value = evaluate(expr, ctx.resolve);
  const first = expr[0];
  const last = expr[expr.length - 1];
  const text = value.kind === 'string' || value.kind === 'number' ? String(value.value) : undefined;
  into.annotations.set(name, {
    key: name,
    keyStart: at,
    // The Service reader takes YAML nodes: the value as the scalar YAML would have made.
    node: text === undefined ? null : new Scalar(text),
    value: text,
    // A string's content: its token starts at the quote.
    valueStart: first ? first.start + (first.kind === 'string' ? 1 : 0) : at,
    valueEnd: last ? last.end - (last.kind === 'string' ? 1 : 0) : at,
  });
}

/** One `controller.config.<key>` value (a set, or yamlencode) read as ingress-nginx decodes it. */
export function readConfigValue(
  key: string,
  expr: readonly Token[],
  at: number,
  setting: string,
  ctx: ReadContext,
  settings: Record<string, SettingInput>,
) {
  const def = ownEntry(INGRESS_KEYS, key);
  if (!def || expr.length === 0) return;
  const where = ctx.locate(at);
  const value = evaluate(expr, ctx.resolve);
  if (value.kind === 'unknown') {
    const why =
      value.reason === 'complex'
        ? 'an expression not evaluated here'
        : 'a value not given in the files';
    const first = expr[0];
    const last = expr[expr.length - 1];
    const text = first && last ? ctx.text.slice(first.start, last.end) : '';
    settings[key] = writtenSetting(unknownValue(text, why), ctx.file, where, setting);
    return;
  }
  const reading = readIngressValue(def.kind, value.kind === 'null' ? null : value.value);
  if (!reading.ok) {
    ctx.report('TF_INVALID_VALUE', 'error', `${setting}: ${reading.message}`, at);
    return;
  }
  settings[key] = writtenSetting(reading.value, ctx.file, where, setting);
}
