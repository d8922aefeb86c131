import { describeFileLine } from '../../core/model/origin';
import type { ExtractedFile } from './list-file';
import { describeIdle } from '../../core/report/check-result';
import { formatDiagnostic } from '../format/diagnostics';
import type { ListedSetting } from './list-settings';

function describeValue(s: ListedSetting): string {
  if (s.ms !== undefined) return describeIdle(s.ms);
  if (s.count !== undefined) return s.count === null ? 'unlimited' : String(s.count);
  if (s.unknown) return `unknown (${s.unknown.expression})`;
  return typeof s.value === 'string' ? JSON.stringify(s.value) : String(s.value);
}

function describeWhere(s: ListedSetting): string {
  if (s.line === undefined) return s.originDetail;
  // Same file: the line is enough; a value from an included file names that file.
  if (s.origin === 'explicit') return s.file ? describeFileLine(s.file, s.line) : `line ${s.line}`;
  return s.originDetail;
}

const rowOf = (s: ListedSetting) => [s.name, s.role ?? '-', describeValue(s), describeWhere(s)];

/** `extract --format text`: per file, per node, a table of settings (aligned per file), then diagnostics. */
export function formatExtractText(files: readonly ExtractedFile[]): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`${f.file} (${f.format ?? 'unknown format'})`);
    const all = f.nodes.flatMap((n) => n.settings.map(rowOf));
    const w = [0, 1, 2].map((i) => Math.max(0, ...all.map((r) => (r[i] ?? '').length)));
    for (const n of f.nodes) {
      const to = n.upstreams ? ` → ${n.upstreams.join(', ')}` : '';
      out.push(`  ${n.label ?? `${n.tech} ${n.scope}`}${to}`);
      for (const [name = '', role = '', value = '', where = ''] of n.settings.map(rowOf))
        out.push(
          `    ${name.padEnd(w[0] ?? 0)}  ${role.padEnd(w[1] ?? 0)}  ${value.padStart(w[2] ?? 0)}  ${where}`,
        );
      if (n.settings.length === 0) out.push('    (no settings)');
    }
    for (const d of f.diagnostics)
      out.push(`  ${formatDiagnostic({ ...d, file: d.file ?? f.file })}`);
    out.push('');
  }
  return out.join('\n');
}
