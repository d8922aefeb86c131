import { Scalar } from 'yaml';
import type { YamlEntry } from '../../source/yaml/entries';
import { albIngress } from '../alb-ingress/objects';
import type { ExtractedNode } from '../types';
import { evaluate, type Namespace } from './evaluate';
import { albContext } from './helm-service';
import { callArguments } from './helm-values';
import type { Token } from './lexer';
import { readObjectLiteral } from './object-literal';
import type { ReadContext } from './settings';
import type { Block } from './tree';

/** The Kubernetes provider's Ingress resources. */
export const INGRESS_TYPES = new Set(['kubernetes_ingress_v1', 'kubernetes_ingress']);

/**
 * A `kubernetes_ingress_v1` for the AWS Load Balancer Controller (`ingress_class_name = "alb"`, or
 * `alb.ingress.kubernetes.io/*` in `metadata.annotations`, a map literal or `merge({…}, …)` of map
 * literals): the ALB it gets, read as the controller reads the Ingress. A conditional map in the
 * merge (`var.waf ? {…} : {}`) is not read. Undefined for an Ingress of another controller.
 */
export function extractKubernetesIngress(
  block: Block,
  ctx: ReadContext,
): ExtractedNode | undefined {
  const metadata = block.body.blocks.find((b) => b.type === 'metadata');
  const spec = block.body.blocks.find((b) => b.type === 'spec');
  const expr = metadata?.body.attributes.find((a) => a.name === 'annotations')?.expr ?? [];
  const annotations = new Map<string, YamlEntry>();
  for (const map of mapLiterals(expr))
    for (const e of readObjectLiteral(map)) {
      const at = ctx.text[e.keyStart] === '"' ? e.keyStart + 1 : e.keyStart;
      const entry = annotationEntry(e.key, at, e.expr, ctx);
      if (entry) annotations.set(e.key, entry);
    }
  const classExpr = spec?.body.attributes.find((a) => a.name === 'ingress_class_name')?.expr;
  const cls = classExpr ? evaluate(classExpr, ctx.resolve) : undefined;
  const annotated = annotations.get('kubernetes.io/ingress.class')?.value;
  const className =
    cls?.kind === 'string' ? cls.value : typeof annotated === 'string' ? annotated : undefined;
  const scope = `${block.labels[0] ?? ''}.${block.labels[1] ?? ''}`;
  return albIngress(
    { what: scope, scope },
    className,
    annotations,
    block.typeStart,
    albContext(ctx),
  )?.node;
}

/** `{ … }`, or the map literals among `merge({ … }, { … }, cond ? { … } : {})`'s arguments. */
function mapLiterals(expr: readonly Token[]): Token[][] {
  if (expr[0]?.text === '{') return [[...expr]];
  const args = callArguments(expr, 'merge');
  if (!args) return [];
  const out: Token[][] = [];
  let depth = 0;
  let current: Token[] = [];
  const flush = () => {
    if (current[0]?.text === '{' && current[current.length - 1]?.text === '}') out.push(current);
    current = [];
  };
  for (const t of args) {
    if (depth === 0 && t.kind === 'punct' && t.text === ',') {
      flush();
      continue;
    }
    if (t.kind === 'punct' && '([{'.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')]}'.includes(t.text)) depth--;
    current.push(t);
  }
  flush();
  return out;
}

const REFERENCE = /\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}/g;

/**
 * One annotation as the YAML entry the controller's readers take: a string with its `${var.x}` /
 * `${local.x}` filled in where the files give them (a placeholder left in makes the attribute
 * unknown there), or a number. Undefined for a value that is not text.
 */
function annotationEntry(
  name: string,
  at: number,
  expr: readonly Token[],
  ctx: ReadContext,
): YamlEntry | undefined {
  const [first] = expr;
  const last = expr[expr.length - 1];
  if (!first || !last) return undefined;
  let text: string | undefined;
  if (expr.length === 1 && first.kind === 'string')
    text = first.text.replace(REFERENCE, (match, ns: string, ref: string) => {
      const v = evaluate(ctx.resolve(ns as Namespace, ref) ?? [], ctx.resolve);
      return v.kind === 'number' || v.kind === 'string' ? String(v.value) : match;
    });
  else {
    const v = evaluate(expr, ctx.resolve);
    if (v.kind === 'number' || v.kind === 'string') text = String(v.value);
  }
  if (text === undefined) return undefined;
  const quoted = first.kind === 'string' ? 1 : 0;
  return {
    key: name,
    keyStart: at,
    node: new Scalar(text),
    value: text,
    valueStart: first.start + quoted,
    valueEnd: last.end - quoted,
  };
}
