/**
 * The id a node gets when a chain file gives none: its technology id, then `-2`, `-3`… for
 * repeats (`nginx`, `nginx-2`). Depends only on the order of technologies, so a serializer can
 * leave such ids out.
 */
export function defaultNodeIds(techs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return techs.map((tech) => {
    const n = (seen.get(tech) ?? 0) + 1;
    seen.set(tech, n);
    return n === 1 ? tech : `${tech}-${n}`;
  });
}
