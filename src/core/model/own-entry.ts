/**
 * A table's own entry for a key the user wrote: `table[key]` would also find `__proto__`,
 * `constructor` or `toString` on the prototype, and a parser would then call or iterate it.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
