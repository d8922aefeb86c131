import type { Token } from './lexer';
import type { Value } from './evaluate';

type Evaluate = (expr: readonly Token[]) => Value;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const MAX_UNWRAP = 8;

/** Index of the first top-level token (outside brackets) that `is` accepts, or -1. Linear. */
function findTopLevel(expr: readonly Token[], is: (t: Token) => boolean, from = 0): number {
  let depth = 0;
  for (let i = from; i < expr.length; i++) {
    const t = expr[i];
    if (!t || t.kind !== 'punct') continue;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text)) depth--;
    else if (depth === 0 && is(t)) return i;
  }
  return -1;
}

/** The `:` that closes the `?` at `question`: nested conditionals pair up like brackets. */
function findElse(expr: readonly Token[], question: number): number {
  let pending = 1;
  let at = question;
  for (;;) {
    at = findTopLevel(expr, (t) => t.text === '?' || t.text === ':', at + 1);
    if (at < 0) return -1;
    pending += expr[at]?.text === '?' ? 1 : -1;
    if (pending === 0) return at;
  }
}

/**
 * `cond ? a : b` (Terraform's conditional): the branch the condition picks, when the condition is
 * a known bool or an `==` / `!=` comparison of known values; undefined when `expr` is not a
 * conditional. An unknown condition gives its unknown (the variable to supply).
 */
export function evaluateConditional(
  written: readonly Token[],
  evaluate: Evaluate,
): Value | undefined {
  const expr = unwrapParentheses(written);
  const question = findTopLevel(expr, (t) => t.text === '?');
  if (question < 0) return undefined;
  const colon = findElse(expr, question);
  if (colon < 0) return { kind: 'unknown', reason: 'complex' };
  const condition = evaluateCondition(expr.slice(0, question), evaluate);
  if (condition.kind === 'unknown') return condition;
  if (condition.kind !== 'bool') return { kind: 'unknown', reason: 'complex' };
  return evaluate(condition.value ? expr.slice(question + 1, colon) : expr.slice(colon + 1));
}

function evaluateCondition(expr: readonly Token[], evaluate: Evaluate): Value {
  const op = findTopLevel(expr, (t) => t.text === '==' || t.text === '!=');
  if (op < 0) return evaluate(expr);
  const left = evaluate(expr.slice(0, op));
  if (left.kind === 'unknown') return left;
  const right = evaluate(expr.slice(op + 1));
  if (right.kind === 'unknown') return right;
  const equal = sameValue(left, right);
  return { kind: 'bool', value: expr[op]?.text === '==' ? equal : !equal };
}

function sameValue(a: Value, b: Value): boolean {
  if (a.kind === 'null' || b.kind === 'null') return a.kind === b.kind;
  if (!('value' in a) || !('value' in b)) return false;
  return String(a.value) === String(b.value);
}

/** `( … )` around the whole expression → its inside (a conditional is often written so). */
function unwrapParentheses(expr: readonly Token[]): readonly Token[] {
  let inner = expr;
  // Bounded: each unwrap scans the expression once.
  for (let n = 0; n < MAX_UNWRAP; n++) {
    if (!(
      inner.length > 2 &&
      inner[0]?.text === '(' &&
      inner[inner.length - 1]?.text === ')' &&
      closesAtEnd(inner)
    ))
      break;
    inner = inner.slice(1, -1);
  }
  return inner;
}

/** True when the first `(` closes at the last token (not `(a) + (b)`). */
function closesAtEnd(expr: readonly Token[]): boolean {
  let depth = 0;
  for (let i = 0; i < expr.length; i++) {
    const t = expr[i];
    if (t?.kind !== 'punct') continue;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text) && --depth === 0) return i === expr.length - 1;
  }
  return false;
}
