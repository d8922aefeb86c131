import { evaluateJs, type JsNames } from './values';

/** A value read from an environment variable with a fallback written in the code. */
export interface EnvDefault {
  value: number;
  variable: string;
}

const ENV = String.raw`process\s*\.\s*env\s*(?:\.\s*([A-Za-z_$][\w$]*)|\[\s*['"\x60](\w+)['"\x60]\s*\])`;
const TO_NUMBER = String.raw`(?:Number|parseInt|parseFloat|Math\s*\.\s*round)\s*\(\s*`;
const RADIX = String.raw`(?:\s*,\s*\d+)?\s*\)`;
const OR = String.raw`\s*(?:\|\||\?\?)\s*`;
/** `process.env.X || 65000`, `process.env.X ?? 65000`. */
const AFTER = new RegExp(String.raw`^${ENV}${OR}(.+)$`, 's');
/**
 * `Number(process.env.X) || 65000`, `+process.env.X || 65000`: only `||` falls back, since an unset
 * variable converts to NaN, which `??` keeps.
 */
const AFTER_NUMBER = new RegExp(
  String.raw`^(?:${TO_NUMBER}|\+\s*)${ENV}(?:${RADIX})?\s*\|\|\s*(.+)$`,
  's',
);
/** `parseInt(process.env.X || '65000', 10)`, `Number(process.env.X ?? 65000)`. */
const INSIDE = new RegExp(String.raw`^${TO_NUMBER}${ENV}${OR}([^,()]+?)${RADIX}$`, 's');
/** `process.env.X ? Number(process.env.X) : 65000`. */
const TERNARY = new RegExp(String.raw`^${ENV}\s*\?[^:]*:\s*(.+)$`, 's');
const LONGEST = 300;

/**
 * The fallback of an expression that reads an environment variable (`Number(process.env.KA) ||
 * 65000`): the value the code uses where the variable is not set, like a shell `${KA:-65000}`.
 */
export function envDefault(
  expr: string,
  names: Readonly<Record<string, number>>,
): EnvDefault | undefined {
  const text = expr.trim();
  if (text.length > LONGEST || !text.includes('env')) return undefined;
  for (const re of [INSIDE, AFTER_NUMBER, AFTER, TERNARY]) {
    const m = re.exec(text);
    const variable = m?.[1] ?? m?.[2];
    if (!m || variable === undefined) continue;
    const fallback = (m[3] ?? '').trim();
    const quoted = /^(['"`])([\d_.]+)\1$/.exec(fallback);
    const r = evaluateJs(quoted ? (quoted[2] ?? '') : fallback, names);
    if (r.ok) return { value: r.value, variable };
  }
  return undefined;
}

/**
 * The file's numbers plus its constants that fall back from an environment variable
 * (`const KA = Number(process.env.KA) || 65000`), for expressions built on them.
 */
export function withEnvDefaults(
  numbers: Readonly<Record<string, number>>,
  written: ReadonlyMap<string, string>,
): Record<string, number> {
  const table: Record<string, number> = Object.assign(Object.create(null) as object, numbers);
  for (const [name, expr] of written) {
    const found = envDefault(expr, table);
    if (found !== undefined) table[name] = found.value;
  }
  return table;
}

const envTables = new WeakMap<JsNames, Record<string, number>>();

/** `KA` in `process.env.KA`, for the message. */
const envVariable = (expr: string): string =>
  /process\s*\.\s*env\s*(?:\.\s*([\w$]+)|\[\s*['"`](\w+))/.exec(expr)?.slice(1).find(Boolean) ??
  'a variable';

/**
 * `keepAliveTimeout = Number(process.env.KA) || 65000`, or a constant of the file declared so: the
 * fallback, and the variable that may override it where the process runs.
 */
export function envFallback(names: JsNames, expr: string): EnvDefault | undefined {
  let table = envTables.get(names);
  if (table === undefined) {
    table = withEnvDefaults(names.numbers, names.written);
    envTables.set(names, table);
  }
  if (!Object.hasOwn(table, expr)) return envDefault(expr, table);
  return { value: table[expr] ?? 0, variable: envVariable(names.written.get(expr) ?? '') };
}
