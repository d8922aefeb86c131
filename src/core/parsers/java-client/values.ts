import { evaluateBounded } from '../code/evaluate';
import { err, ok, type Result } from '../../model/result';
import { findClosing, findExpressionEnd, splitTopLevel } from '../code/brackets';
import { createNameTable, resolveConstants, type ConstantDecl } from '../code/constants';
import { classNameOf, declaredConstants } from './shared-constants';

/** `TimeUnit` and `ChronoUnit` constants in milliseconds. */
const UNIT_MS: Readonly<Record<string, number>> = {
  NANOSECONDS: 1e-6,
  MICROSECONDS: 1e-3,
  MILLISECONDS: 1,
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
  NANOS: 1e-6,
  MICROS: 1e-3,
  MILLIS: 1,
};

/** Factories of `TimeValue`, `Timeout` and `java.time.Duration`, and `TimeUnit.X.toMillis`, in ms. */
const CALLS: Record<string, (x: number) => number> = Object.create(null) as Record<
  string,
  (x: number) => number
>;
for (const cls of ['TimeValue', 'Timeout']) {
  const units = [
    'Nanoseconds',
    'Microseconds',
    'Milliseconds',
    'Seconds',
    'Minutes',
    'Hours',
    'Days',
  ];
  const unitKeys = [
    'NANOSECONDS',
    'MICROSECONDS',
    'MILLISECONDS',
    'SECONDS',
    'MINUTES',
    'HOURS',
    'DAYS',
  ];
  units.forEach((u, i) => {
    const f = UNIT_MS[unitKeys[i] ?? ''] ?? 1;
    CALLS[`${cls}.of${u}`] = (x) => x * f;
  });
}
for (const [name, unit] of [
  ['Nanos', 'NANOS'],
  ['Millis', 'MILLIS'],
  ['Seconds', 'SECONDS'],
  ['Minutes', 'MINUTES'],
  ['Hours', 'HOURS'],
  ['Days', 'DAYS'],
] as const) {
  const f = UNIT_MS[unit] ?? 1;
  CALLS[`Duration.of${name}`] = (x) => x * f;
}
for (const unit of [
  'NANOSECONDS',
  'MICROSECONDS',
  'MILLISECONDS',
  'SECONDS',
  'MINUTES',
  'HOURS',
  'DAYS',
]) {
  const f = UNIT_MS[unit] ?? 1;
  CALLS[`TimeUnit.${unit}.toMillis`] = (x) => Math.trunc(x * f);
}

const DURATION_CALL =
  /\b(?:TimeValue|Timeout|Duration)\s*\.\s*of|\bTimeUnit\s*\.\s*\w+\s*\.\s*toMillis\b/;
const TWO_ARG_OF = /\b(?:TimeValue|Timeout|Duration)\s*\.\s*of\s*\(/g;

/** The milliseconds of a `TimeUnit.SECONDS` / `ChronoUnit.MINUTES` argument, if it is one. */
export function unitFactor(text: string): number | undefined {
  const m =
    /^\s*(?:(?:java\.util\.concurrent\.)?TimeUnit|(?:java\.time\.temporal\.)?ChronoUnit)\s*\.\s*([A-Z]+)\s*$/.exec(
      text,
    );
  const unit = m?.[1];
  return unit !== undefined && Object.hasOwn(UNIT_MS, unit) ? UNIT_MS[unit] : undefined;
}

/** A package before a time class (`java.time.Duration.ofSeconds(20)`): the class is enough. */
const QUALIFIED =
  /\b(?:java\s*\.\s*time(?:\s*\.\s*temporal)?|java\s*\.\s*util\s*\.\s*concurrent|org\s*\.\s*apache\s*\.\s*hc\s*\.\s*core5\s*\.\s*util)\s*\.\s*(?=(?:Duration|TimeUnit|ChronoUnit|TimeValue|Timeout)\b)/g;

/**
 * Rewrites what the arithmetic evaluator cannot read: `TimeValue.of(5, TimeUnit.SECONDS)` →
 * `(5)*1000`, `(long)` casts, `.toMillis()` on a duration, `Duration.ofSeconds(30).toMillis()`.
 */
function simplify(expr: string): string {
  let text = expr
    .replace(QUALIFIED, '')
    .replace(/\(\s*(?:long|int|double|float|short|Long|Integer)\s*\)/g, '')
    .replace(/\)\s*\.\s*toMillis\s*\(\s*\)/g, ')');
  for (let guard = 0; guard < 20; guard++) {
    TWO_ARG_OF.lastIndex = 0;
    const m = TWO_ARG_OF.exec(text);
    if (!m) break;
    const open = m.index + m[0].length - 1;
    const close = findClosing(text, open);
    if (close < 0) break;
    const [value, unit] = splitTopLevel(text, open + 1, close).map((s) =>
      text.slice(s.start, s.end),
    );
    const factor = unit === undefined ? undefined : unitFactor(unit);
    const replacement =
      value !== undefined && factor !== undefined ? `((${value})*${factor})` : '(NaN_)';
    text = text.slice(0, m.index) + replacement + text.slice(close + 1);
  }
  return text;
}

/** The error of `evaluateJavaDuration` for an argument that is no duration at all. */
export const NOT_A_DURATION = 'not a duration';

export interface JavaNames {
  values: Readonly<Record<string, number>>;
  /** Names holding a duration (already in ms) rather than a plain number. */
  durations: Set<string>;
}

/** Evaluates a plain numeric Java expression with the file's constants. */
export function evaluateJavaNumber(expr: string, names: JavaNames): Result<number> {
  const text = simplify(expr).trim();
  if (text === '') return err('empty expression');
  return evaluateBounded(text, names.values, CALLS);
}

/**
 * Evaluates a Java duration argument to milliseconds: one `TimeValue`/`Duration` expression, or
 * `(amount, TimeUnit.X)`. `bareMs` accepts a plain number as milliseconds (HttpClient 4.x `int` ms).
 */
export function evaluateJavaDuration(
  args: readonly string[],
  names: JavaNames,
  bareMs: boolean,
): Result<number> {
  if (args.length === 2) {
    const factor = unitFactor(args[1] ?? '');
    if (factor === undefined) return err(`unknown time unit ${args[1] ?? ''}`);
    const n = evaluateJavaNumber(args[0] ?? '', names);
    return n.ok ? ok(n.value * factor) : n;
  }
  const [expr] = args;
  if (args.length !== 1 || expr === undefined) return err('expected one duration argument');
  const typed = DURATION_CALL.test(expr) || mentionsAny(expr, names.durations);
  if (!typed && !bareMs) return err(NOT_A_DURATION);
  return evaluateJavaNumber(expr, names);
}

/** Whether `expr` names one of `names` (a plain name, not a member `x.name`): one pass over it. */
const mentionsAny = (expr: string, names: ReadonlySet<string>) =>
  (expr.match(/(?<![\w$.])[A-Za-z_$][\w$]*/g) ?? []).some((word) => names.has(word));

const JAVA_DECL =
  /\b(long|int|short|double|float|Long|Integer|TimeValue|Timeout|Duration|var)\s+([A-Za-z_$][\w$]*)\s*=(?!=)\s*/g;
const KOTLIN_DECL = /\b(?:val|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*([\w.<>?]+)\s*)?=(?!=)\s*/g;

/** The declarations of `masked` with their expressions; names holding durations into `durations`. */
function declarationsOf(masked: string, durations: Set<string>): ConstantDecl[] {
  const decls: ConstantDecl[] = [];
  for (const re of [JAVA_DECL, KOTLIN_DECL]) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const [type, name] = re === JAVA_DECL ? [m[1], m[2]] : [m[2], m[1]];
      if (!name) continue;
      const start = m.index + m[0].length;
      const expr = masked.slice(start, findExpressionEnd(masked, start, true));
      decls.push({ name, expr });
      if (/^(?:TimeValue|Timeout|Duration)$/.test(type ?? '') || DURATION_CALL.test(expr))
        durations.add(name);
    }
  }
  return decls;
}

/**
 * Constants and locals of the file with a constant value: `static final long IDLE = 55;`; then the
 * constants of `others` (constants classes pasted with it, masked), as `IDLE` (static import) and
 * `Defaults.IDLE`. A name of the file itself wins.
 */
export function collectJavaNames(masked: string, others: readonly string[] = []): JavaNames {
  const durations = new Set<string>();
  const decls = declarationsOf(masked, durations);
  for (const other of others) {
    const constants = new Set(declaredConstants(other));
    const owner = classNameOf(other);
    const typed = new Set<string>();
    for (const d of declarationsOf(other, typed)) {
      if (!constants.has(d.name)) continue;
      const names = owner === undefined ? [d.name] : [d.name, `${owner}.${d.name}`];
      for (const name of names) {
        decls.push({ name, expr: d.expr });
        if (typed.has(d.name)) durations.add(name);
      }
    }
  }
  const values = resolveConstants(decls, (expr, known) =>
    evaluateJavaNumber(expr, { values: known, durations }),
  );
  return { values: createNameTable(values), durations };
}
