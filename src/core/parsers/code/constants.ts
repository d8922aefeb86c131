import type { Result } from '../../model/result';

/** A named value declared in the file (`const idle = 55 * time.Second`), with its expression. */
export interface ConstantDecl {
  name: string;
  expr: string;
}

export type Evaluate = (expr: string, names: Readonly<Record<string, number>>) => Result<number>;

/**
 * Resolves declarations that refer to each other, in any order, to numbers in the unit the
 * evaluator uses. Declarations that cannot be resolved are left out; for a name declared more than
 * once (in different functions), the first one that resolves wins.
 */
export function resolveConstants(
  decls: readonly ConstantDecl[],
  evaluate: Evaluate,
  base: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const names = createNameTable();
  const all = createNameTable(base);
  let pending = decls.filter((d) => !Object.hasOwn(base, d.name));
  for (let pass = 0; pass < 20 && pending.length > 0; pass++) {
    const next: ConstantDecl[] = [];
    for (const d of pending) {
      if (Object.hasOwn(names, d.name)) continue;
      const r = evaluate(d.expr, all);
      if (r.ok) {
        names[d.name] = r.value;
        all[d.name] = r.value;
      } else next.push(d);
    }
    if (next.length === pending.length) break;
    pending = next;
  }
  return names;
}

/** A prototype-free name table, so `constructor` or `__proto__` in user code are plain names. */
export function createNameTable(
  init: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const table = Object.create(null) as Record<string, number>;
  for (const [k, v] of Object.entries(init)) table[k] = v;
  return table;
}
