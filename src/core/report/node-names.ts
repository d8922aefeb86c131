import type { CheckResult } from './check-result';

/** A node as the reports name it: its label, else its technology's name (never the bare id). */
export function describeNodeLabel(r: Pick<CheckResult, 'chain' | 'report'>, index: number): string {
  const n = r.chain.nodes[index];
  return n?.label ?? r.report.nodes[index]?.tech.name ?? n?.tech ?? `node ${index + 1}`;
}

/** `nginx@1.29.7`: the technology id with the version the analysis resolved. */
export function describeNodeVersion(
  r: Pick<CheckResult, 'chain' | 'report'>,
  index: number,
): string {
  const n = r.chain.nodes[index];
  const version = r.report.nodes[index]?.version ?? n?.version;
  return version ? `${n?.tech}@${version}` : (n?.tech ?? '');
}
