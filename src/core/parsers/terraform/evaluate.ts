import { evaluateArithmetic } from '../../model/arithmetic';
import { evaluateConditional } from './conditional';
import type { Token } from './lexer';

/** A constant value, or why it cannot be known from the files at hand. */
export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'unknown'; reason: 'variable' | 'local'; name: string }
  | { kind: 'unknown'; reason: 'complex' };

export type Namespace = 'var' | 'local';

/** Looks up the expression bound to `var.name` / `local.name`, if the files define it. */
export type Resolve = (ns: Namespace, name: string) => Token[] | undefined;

const MAX_DEPTH = 12;
const COMPLEX: Value = { kind: 'unknown', reason: 'complex' };
const REF_IN_STRING = /^\$\{\s*(var|local)\.([A-Za-z_][\w-]*)\s*\}$/;

/**
 * Evaluates literals, `var.x` / `local.x` references, arithmetic over them and conditionals
 * (`var.tls ? "network" : "application"`). Never throws.
 */
export function evaluate(expr: readonly Token[], resolve: Resolve, depth = 0): Value {
  if (depth > MAX_DEPTH) return COMPLEX;
  const [first, second, third] = expr;
  if (!first) return COMPLEX;
  if (expr.length === 1) return evaluateSingle(first, resolve, depth);
  if (expr.length === 3 && isRef(first, second, third))
    return lookup(first.text as Namespace, third?.text ?? '', resolve, depth);
  const conditional = evaluateConditional(expr, (part) => evaluate(part, resolve, depth + 1));
  return conditional ?? evaluateArithmeticExpr(expr, resolve, depth);
}

function evaluateSingle(t: Token, resolve: Resolve, depth: number): Value {
  if (t.kind === 'number') return { kind: 'number', value: Number(t.text) };
  if (t.kind === 'ident') {
    if (t.text === 'true' || t.text === 'false') return { kind: 'bool', value: t.text === 'true' };
    if (t.text === 'null') return { kind: 'null' };
    return COMPLEX;
  }
  if (t.kind !== 'string') return COMPLEX;
  const ref = REF_IN_STRING.exec(t.text);
  if (ref) return lookup(ref[1] as Namespace, ref[2] ?? '', resolve, depth);
  if (/(^|[^$])\$\{|(^|[^%])%\{/.test(t.text)) return COMPLEX;
  return { kind: 'string', value: unescape(t.text) };
}

function isRef(a: Token | undefined, b: Token | undefined, c: Token | undefined): boolean {
  return (
    a?.kind === 'ident' &&
    (a.text === 'var' || a.text === 'local') &&
    b?.text === '.' &&
    c?.kind === 'ident'
  );
}

function lookup(ns: Namespace, name: string, resolve: Resolve, depth: number): Value {
  const bound = resolve(ns, name);
  if (!bound) return { kind: 'unknown', reason: ns === 'var' ? 'variable' : 'local', name };
  return evaluate(bound, resolve, depth + 1);
}

/** Real arithmetic is short; past these the expression is not evaluated (no deep recursion). */
const MAX_ARITHMETIC_TOKENS = 200;
const MAX_PARENTHESES = 32;

/** `10 * 60`, `var.minutes * 60`: numbers, references, + - * / and parentheses only. */
function evaluateArithmeticExpr(expr: readonly Token[], resolve: Resolve, depth: number): Value {
  if (expr.length > MAX_ARITHMETIC_TOKENS) return COMPLEX;
  let open = 0;
  for (const t of expr)
    if (t.text === '(' && ++open > MAX_PARENTHESES) return COMPLEX;
    else if (t.text === ')') open--;
  let text = '';
  for (let i = 0; i < expr.length; i++) {
    const t = expr[i];
    if (!t) return COMPLEX;
    if (t.kind === 'number' || (t.kind === 'punct' && '+-*/()'.includes(t.text))) {
      text += ` ${t.text}`;
      continue;
    }
    if (!isRef(t, expr[i + 1], expr[i + 2])) return COMPLEX;
    const v = lookup(t.text as Namespace, expr[i + 2]?.text ?? '', resolve, depth);
    if (v.kind === 'unknown') return v;
    const n = v.kind === 'number' ? v.value : v.kind === 'string' ? Number(v.value) : NaN;
    if (!Number.isFinite(n)) return COMPLEX;
    text += ` (${n})`;
    i += 2;
  }
  const r = evaluateArithmetic(text);
  return r.ok ? { kind: 'number', value: r.value } : COMPLEX;
}

function unescape(s: string): string {
  return s
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
    .replace(/\\(["\\nrt])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}
