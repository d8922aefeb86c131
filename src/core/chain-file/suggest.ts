/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Candidates that look like `word` (a typo or a part of the name), closest first, at most `limit`.
 * Case-insensitive.
 */
export function findCloseMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const w = word.toLowerCase();
  if (w === '') return [];
  const scored = candidates.map((c) => {
    const lc = c.toLowerCase();
    const d = distance(w, lc);
    const contains = lc.includes(w) || (w.length >= 3 && w.includes(lc));
    return { c, score: contains ? Math.min(d, 1) : d };
  });
  const cutoff = Math.max(2, Math.floor(w.length / 3));
  return scored
    .filter((s) => s.score <= cutoff)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((s) => s.c);
}

/** `" (did you mean a, b?)"` or an empty string. */
export function describeSuggestions(word: string, candidates: readonly string[]): string {
  const close = findCloseMatches(word, candidates);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : '';
}
