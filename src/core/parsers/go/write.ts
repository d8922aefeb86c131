import type { SettingScalar } from '../../model/chain';
import { findExpressionEnd, type Span } from '../code/brackets';
import { createNameTable } from '../code/constants';
import { quoteExpression, type CodeScan } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import type { GoField } from './fields';
import type { GoScopes } from './scopes';
import type { DeclaredTypes } from './declared-types';
import { evaluateGo, literalFields, nanosToMs, parseGoBool, type GoNames } from './values';

/** The state shared by the Go extraction passes. */
export interface GoScan {
  scan: CodeScan;
  /** File constants and `time` units (durations in nanoseconds), boolean constants. */
  names: GoNames;
  /** Which function a variable belongs to. */
  scopes: GoScopes;
  /** The struct types variables were declared with. */
  types: DeclaredTypes;
}

/**
 * Evaluates the value of field `name` written at `keyOffset` and records it under `scope`.
 * Unresolvable values give `GO_UNRESOLVED_EXPRESSION` and an unknown value (never the default); a duration under 1 ms written
 * without a unit gives `GO_DURATION_WITHOUT_UNIT` (the value is kept: it is what Go does).
 */
export function writeGoField(
  go: GoScan,
  scope: string,
  name: string,
  field: GoField,
  keyOffset: number,
  value: Span,
): void {
  const { scan } = go;
  const expr = scan.masked.slice(value.start, value.end);
  const v = evaluateField(expr, field, namesAt(go, expr, value.start));
  if (v === undefined) {
    scan.report(
      'GO_UNRESOLVED_EXPRESSION',
      'warning',
      `Cannot work out ${name} = ${quoteExpression(expr)} from the pasted files: it is unknown until you set its value in the chain.`,
      value.start,
      value.end,
    );
    const written = scan.text.slice(value.start, value.end);
    scan.set(field.tech, scope, name, unresolvedValue(written), keyOffset, name);
    return;
  }
  if (field.kind === 'duration' && typeof v === 'number' && v > 0 && v < 1 && !TINY_UNIT.test(expr))
    scan.report(
      'GO_DURATION_WITHOUT_UNIT',
      'warning',
      `${name} = ${quoteExpression(expr)} is ${Math.round(v * 1e6)} ns: a time.Duration without a unit counts nanoseconds (did you mean * time.Second?).`,
      value.start,
      value.end,
    );
  scan.set(field.tech, scope, name, v, keyOffset, name);
}

const TINY_UNIT = /time\s*\.\s*(?:Nanosecond|Microsecond)\b/;

const WORD = /(?<![\w.])[A-Za-z_]\w*(?![\w(])/g;
const LOCAL = /^(?:[A-Za-z_]\w*\s*:=|(?:var|const)\s+[A-Za-z_]\w*\s*(?:[\w.*[\]]+\s*)?=)\s*/;

/**
 * The names an expression at `offset` sees: the file's, except that a name declared again in the
 * enclosing function before `offset` takes that local declaration's value (Go scoping). Only the
 * expression's own words are looked at, so a field costs its own length, not the file's.
 */
function namesAt(go: GoScan, expr: string, offset: number): GoNames {
  let numbers: Record<string, number> | undefined;
  for (const word of expr.match(WORD) ?? []) {
    const local = go.scopes.localDeclaration(word, offset);
    if (local === undefined) continue;
    numbers ??= shadowTable(go.names.numbers, expr);
    // The file-wide `word` and `word.Field` are not this scope's: a parameter stays unknown.
    forget(numbers, word);
    if (local.parameter) continue;
    const { at } = local;
    const head = LOCAL.exec(go.scan.masked.slice(at, at + 200));
    if (!head) continue;
    const start = at + head[0].length;
    const fields = literalFields(go.scan.masked, word, start);
    if (fields) {
      for (const d of fields) {
        const r = evaluateGo(d.expr, go.names.numbers);
        if (r.ok) numbers[d.name] = r.value;
      }
      continue;
    }
    const value = go.scan.masked.slice(start, findExpressionEnd(go.scan.masked, start, false));
    const r = evaluateGo(value, go.names.numbers);
    if (r.ok) numbers[word] = r.value; // else a local the file cannot work out: unknown
  }
  return numbers ? { ...go.names, numbers } : go.names;
}

/** Removes `word` and its fields (`word.Idle`) from a name table. */
function forget(numbers: Record<string, number>, word: string): void {
  for (const name of Object.keys(numbers))
    if (name === word || name.startsWith(`${word}.`)) delete numbers[name];
}

/** A table with only the names `expr` uses, copied from `all` (own properties, for the evaluator). */
function shadowTable(all: Readonly<Record<string, number>>, expr: string): Record<string, number> {
  const table = createNameTable();
  for (const token of expr.match(/[A-Za-z_][\w.]*/g) ?? []) {
    for (const name of [token, ...token.split('.')])
      if (Object.hasOwn(all, name)) table[name] = all[name] as number;
  }
  return table;
}

function evaluateField(expr: string, field: GoField, names: GoNames): SettingScalar | undefined {
  if (field.kind === 'bool') return parseGoBool(expr, names.bools);
  const r = evaluateGo(expr, names.numbers);
  if (!r.ok) return undefined;
  if (field.kind === 'count') return Number.isInteger(r.value) ? r.value : undefined;
  return nanosToMs(r.value);
}
