/**
 * A copy of plain data (an import's nodes and diagnostics) in which every `file` equal to `from`
 * says `to`, and every message or note that names `from` names `to`.
 */
export function renameFile<T>(value: T, from: string, to: string): T {
  return walk(value, from, to) as T;
}

function walk(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((v: unknown) => walk(v, from, to));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string')
      out[key] =
        key === 'file' && v === from
          ? to
          : key === 'message' || key === 'note'
            ? v.split(from).join(to)
            : v;
    else out[key] = walk(v, from, to);
  }
  return out;
}
