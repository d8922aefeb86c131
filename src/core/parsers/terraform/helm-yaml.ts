import { parseIngressNginx } from '../ingress-nginx';
import type { ExtractedNode, SourceFile } from '../types';
import { evaluate, type Namespace } from './evaluate';
import { callArguments, type HelmValues } from './helm-values';
import type { Token } from './lexer';
import { readObjectLiteral } from './object-literal';
import type { ReadContext } from './settings';

/** Helm values YAML of a helm_release: its heredocs, and the values files it reads. */

/** A heredoc's YAML, read where it is written: the text before it blanked, offsets kept. */
export function readYamlText(
  t: Token,
  ctx: ReadContext,
  values: HelmValues,
  nodes: ExtractedNode[],
  scope: string,
) {
  const body = t.text.slice(0, Math.max(0, t.text.lastIndexOf('\n', t.text.length - 2) + 1));
  const bodyStart = t.end - t.text.length;
  const padded =
    ctx.text.slice(0, bodyStart).replace(/[^\n]/g, ' ') +
    interpolate(body, REFERENCE, references(ctx), ctx);
  mergeParsed({ name: ctx.file, text: padded }, ctx, values, nodes, scope);
}

const REFERENCE = /\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}("?)/g;
const TEMPLATE_VARIABLE = /\$\{\s*()([A-Za-z_][\w-]*)\s*\}("?)/g;

/** The expression a placeholder names: `var.x` / `local.x`, or a templatefile variable. */
type Lookup = (ns: string, name: string) => readonly Token[] | undefined;

/**
 * Placeholders (`${var.keep_alive}` in a heredoc, `${keep_alive}` in a templatefile) replaced by
 * their values when the files give them, padded to the same length (a closing quote moved next to
 * the value) so offsets stay; otherwise left for the YAML reader, which makes the setting unknown.
 */
function interpolate(body: string, pattern: RegExp, lookup: Lookup, ctx: ReadContext): string {
  return body.replace(pattern, (match, ns: string, name: string, quote: string) => {
    const value = evaluate(lookup(ns, name) ?? [], ctx.resolve);
    if (value.kind !== 'number' && value.kind !== 'string') return match;
    const text = String(value.value);
    if (/["\n\\]/.test(text) || text.length + quote.length > match.length) return match;
    return (text + quote).padEnd(match.length, ' ');
  });
}

const references =
  (ctx: ReadContext): Lookup =>
  (ns, name) =>
    ctx.resolve(ns as Namespace, name);

/** `file("${path.module}/values/ingress-nginx.yaml")`: the values file, when it is given too. */
export function readValuesFile(
  element: readonly Token[],
  ctx: ReadContext,
  values: HelmValues,
  nodes: ExtractedNode[],
  scope: string,
) {
  const args = callArguments(element, 'file') ?? callArguments(element, 'templatefile');
  const path = args?.[0];
  if (!args || path?.kind !== 'string') return false;
  const base = path.text.slice(path.text.lastIndexOf('/') + 1);
  const file = ctx.files.find((f) => f.name === base || f.name.endsWith(`/${base}`));
  if (!file) {
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `${scope}: the values file ${base} is not among the files given; give it to read its controller.config`,
      path.start,
    );
    return true;
  }
  if (!takeYamlRead(ctx, path.start)) return true;
  // templatefile(path, { name = expr, … }): its variables fill the template's ${name}.
  const vars = readObjectLiteral(args.slice(args.findIndex((t) => t.text === ',') + 1));
  const text =
    vars.length === 0
      ? file.text
      : interpolate(
          file.text,
          TEMPLATE_VARIABLE,
          (_, n) => vars.find((v) => v.key === n)?.expr,
          ctx,
        );
  mergeParsed({ name: file.name, text }, ctx, values, nodes, scope);
  return true;
}

/** Helm values YAML read by the ingress-nginx parser; later values override earlier ones. */
function mergeParsed(
  file: SourceFile,
  ctx: ReadContext,
  values: HelmValues,
  nodes: ExtractedNode[],
  scope: string,
) {
  const inner = parseIngressNginx(file);
  // Its codes keep the format's prefix: TF_INGRESS_BAD_VALUE mirrors INGRESS_BAD_VALUE.
  if (file.name === ctx.file)
    for (const d of inner.diagnostics) ctx.addDiagnostic({ ...d, code: `TF_${d.code}` });
  for (const node of inner.nodes)
    if (node.tech === 'ingress-nginx') Object.assign(values.settings, node.settings);
    else
      nodes.push({
        ...node,
        scope: `${scope} ${node.scope.replace(/^helm /, '')}`,
        upstreams: [scope],
      });
}

/**
 * Values YAML read per file (heredocs, values files): each read costs a pass over a file, so a
 * file of thousands of releases stays linear. Says once when the budget runs out.
 */
export function takeYamlRead(ctx: ReadContext, at: number): boolean {
  ctx.yamlReads.left--;
  if (ctx.yamlReads.left === -1)
    ctx.report(
      'TF_HELM_VALUES',
      'info',
      `more than ${YAML_READS} values documents in this file: the rest are not read`,
      at,
    );
  return ctx.yamlReads.left >= 0;
}

/** Values documents read per file. */
export const YAML_READS = 16;
