import { type Diagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import type { ParseResult, ParserDef, SourceFile } from '../types';
import type { Token } from './lexer';
import { lexHcl } from './lexer';
import { extractTerraform } from './extract';
import { YAML_READS } from './helm-yaml';
import type { ReadContext, Report } from './settings';
import { collectSymbols, makeResolver, type Symbols } from './symbols';
import { parseHcl, type Body } from './tree';

const FORMAT = 'terraform';

/** Terraform (HCL): aws_lb / aws_alb, NLB listeners, CloudFront origins, the ALB module. */
export const terraformParser: ParserDef = {
  id: FORMAT,
  name: 'Terraform (AWS load balancers, CloudFront)',
  detect: detectTerraform,
  parse: parseTerraform,
};

/** Confidence 0..1 from the content; the file name only adds a little. */
export function detectTerraform(text: string, fileName?: string): number {
  const named = /\.tf(vars)?$/i.test(fileName ?? '');
  let score = 0;
  if (/^[ \t]*resource\s+"aws_(lb|alb|lb_listener|cloudfront_distribution|elb)"/m.test(text))
    score = 0.95;
  else if (/^[ \t]*module\s+"[^"]*"\s*\{[^}]*terraform-aws-modules\/alb/m.test(text)) score = 0.9;
  else if (
    /^[ \t]*resource\s+"kubernetes_ingress(?:_v1)?"/m.test(text) &&
    /alb\.ingress\.kubernetes\.io\/|ingress_class_name\s*=\s*"alb"/.test(text)
  )
    score = 0.9;
  else if (
    /^[ \t]*(resource|variable|module|data)\s+"[\w-]+"(\s+"[\w-]+")?\s*\{/m.test(text) ||
    /^[ \t]*locals\s*\{/m.test(text)
  )
    score = 0.5;
  else if (/\.tfvars$/i.test(fileName ?? '') && /^[ \t]*[\w-]+\s*=/m.test(text)) score = 0.6;
  else if (/\.tfvars\.json$/i.test(fileName ?? '') && text.trimStart().startsWith('{')) score = 0.9;
  else if (named && /^[ \t]*[\w-]+\s*=/m.test(text)) score = 0.3;
  return score > 0 && named ? Math.min(1, score + 0.05) : score;
}

/** Parses one file, resolving `var.x` / `local.x` among `context.files`. Durations in ms. */
export function parseTerraform(
  file: SourceFile,
  context: { files: readonly SourceFile[] },
): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const index = new LineIndex(file.text);
  const end = file.text.endsWith('\n') ? file.text.length - 1 : file.text.length;
  const locate = (offset: number) => index.position(Math.max(0, Math.min(offset, end)));
  const report: Report = (code, severity, message, offset) =>
    diagnostics.push({ code, severity, message, ...locate(offset) });
  try {
    if (/\.tfvars\.json$/i.test(file.name)) {
      const problem = jsonProblem(file.text);
      if (problem) report('TF_SYNTAX', 'error', `not valid JSON: ${problem}`, 0);
      else report('TF_VARIABLES_ONLY', 'info', VARIABLES_ONLY, 0);
      return { format: FORMAT, nodes: [], diagnostics };
    }
    const lexed = lexHcl(file.text);
    for (const p of lexed.problems) report('TF_SYNTAX', 'error', p.message, p.offset);
    const tree = parseHcl(lexed.tokens);
    for (const p of tree.problems) report('TF_SYNTAX', 'error', p.message, p.offset);
    const symbols = collectSymbols(file, tree.body, context.files);
    const lineIndexes = new Map<string, LineIndex>([[file.text, index]]);
    const ctx: ReadContext = {
      file: file.name,
      files: context.files,
      yamlReads: { left: YAML_READS },
      text: file.text,
      locate,
      resolve: makeResolver(symbols),
      report,
      addDiagnostic: (d) => diagnostics.push(d),
      describeRef: (expr) => describeRef(expr, symbols, lineIndexes),
    };
    const nodes = extractTerraform(tree.body, ctx);
    if (nodes.length === 0 && suppliesVariablesOnly(file, tree.body))
      report('TF_VARIABLES_ONLY', 'info', VARIABLES_ONLY, 0);
    return { format: FORMAT, nodes, diagnostics };
  } catch (e) {
    report('TF_INTERNAL_ERROR', 'error', `Parser failure: ${String(e)}`, 0);
    return { format: FORMAT, nodes: [], diagnostics };
  }
}

const VARIABLES_ONLY =
  'This file only supplies variables (and locals): it is read with the other files, and is not a node itself';

/** Why a `.tfvars.json` is not JSON, or undefined when it is. */
function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** `variables.tf` (only variable / locals / output / terraform blocks) or a `*.tfvars` file. */
function suppliesVariablesOnly(file: SourceFile, body: Body): boolean {
  if (/\.tfvars(\.json)?$/i.test(file.name)) return true;
  const blocks = body.blocks;
  if (blocks.length === 0) return body.attributes.length > 0; // tfvars pasted without a name
  return (
    blocks.some((b) => b.type === 'variable' || b.type === 'locals') &&
    blocks.every((b) => VARIABLE_BLOCKS.has(b.type))
  );
}

const VARIABLE_BLOCKS = new Set(['variable', 'locals', 'output', 'terraform']);

/** `var.x` → `variable x (variables.tf:3)` when the expression is a single reference. */
function describeRef(
  expr: readonly Token[],
  symbols: Symbols,
  lineIndexes: Map<string, LineIndex>,
): string | undefined {
  const text = expr.map((t) => (t.kind === 'string' ? `"${t.text}"` : t.text)).join('');
  const m = /^"?\$?\{?\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}?"?$/.exec(text);
  if (!m) return undefined;
  const binding = (m[1] === 'var' ? symbols.vars : symbols.locals).get(m[2] ?? '');
  if (!binding) return undefined;
  // One line index per file: a new one per reference made 4 000 variables quadratic.
  let lines = lineIndexes.get(binding.text);
  if (!lines) {
    lines = new LineIndex(binding.text);
    lineIndexes.set(binding.text, lines);
  }
  const line = lines.position(binding.offset).line;
  return `${m[1]}.${m[2]} (${binding.file}:${line})`;
}
