/**
 * Compares dotted versions numerically (`1.29.7` > `1.9.10`); missing parts count as 0,
 * non-numeric suffixes (`-rc1`) are ignored. Returns <0, 0 or >0.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.\-+]/).map((x) => Number.parseInt(x, 10));
  const pb = b.split(/[.\-+]/).map((x) => Number.parseInt(x, 10));
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const x = Number.isNaN(pa[i] ?? 0) ? 0 : (pa[i] ?? 0);
    const y = Number.isNaN(pb[i] ?? 0) ? 0 : (pb[i] ?? 0);
    if (x !== y) return x - y;
  }
  return 0;
}

/** True when `version` lies in [since, before). Either bound may be absent. */
export function inVersionRange(version: string, since?: string, before?: string): boolean {
  if (since !== undefined && compareVersions(version, since) < 0) return false;
  if (before !== undefined && compareVersions(version, before) >= 0) return false;
  return true;
}
