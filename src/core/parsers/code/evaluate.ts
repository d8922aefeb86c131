import { evaluateArithmetic } from '../../model/arithmetic';
import { err, type Result } from '../../model/result';

/** Constant expressions in config code are short and shallow; past these they are not evaluated. */
const MAX_LENGTH = 2000;
const MAX_DEPTH = 64;

/**
 * Why `expr` is too big to evaluate (longer than 2000 characters, or parentheses nested deeper
 * than 64), or undefined. Keeps the recursive evaluator far from the stack limit: a hostile
 * value becomes one unresolved setting, not a lost file.
 */
export function tooComplex(expr: string): string | undefined {
  if (expr.length > MAX_LENGTH) return `longer than ${MAX_LENGTH} characters`;
  let depth = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_DEPTH) return `nested more than ${MAX_DEPTH} brackets deep`;
  }
  return undefined;
}

/** `evaluateArithmetic` behind the `tooComplex` guard. */
export function evaluateBounded(
  expr: string,
  names: Readonly<Record<string, number>>,
  calls: Readonly<Record<string, (x: number) => number>>,
): Result<number> {
  const why = tooComplex(expr);
  return why ? err(`the expression is ${why}`) : evaluateArithmetic(expr, names, calls);
}
