import { LOG_PATTERNS, type LogPattern } from '../catalog/log-patterns';
import type { LineMatch, StructuredFormat } from '../catalog/log-patterns/types';
import { readFields, splitFields, type Fields } from './fields';

/** One line's structured readings, computed at most once each. */
class LineView {
  private split: string[] | null = null;
  private readonly fields = new Map<StructuredFormat, Fields | null>();
  constructor(readonly text: string) {}
  fieldsOf(format: StructuredFormat): Fields | null {
    if (!this.fields.has(format)) {
      this.split ??= splitFields(this.text);
      this.fields.set(format, readFields(format, this.text, this.split));
    }
    return this.fields.get(format) ?? null;
  }
}

function matches(m: LineMatch, view: LineView): boolean {
  if (m.kind === 'text') {
    const t = view.text;
    if (m.all && !m.all.every((s) => t.includes(s))) return false;
    if (m.any && !m.any.some((s) => t.includes(s))) return false;
    return !(m.none && m.none.some((s) => t.includes(s)));
  }
  const f = view.fieldsOf(m.format);
  if (!f) return false;
  if (m.equals && !Object.entries(m.equals).every(([k, v]) => f[k] === v)) return false;
  if (m.notEquals && Object.entries(m.notEquals).some(([k, v]) => f[k] === v)) return false;
  return !(m.hasFlag && !(f['flags'] ?? '').split(',').includes(m.hasFlag));
}

/**
 * The first catalog pattern (LOG_PATTERNS order) that recognises `line`, or null. Substring
 * search and field comparison only: time linear in the line for a fixed catalog.
 */
export function matchLine(
  line: string,
  patterns: readonly LogPattern[] = LOG_PATTERNS,
): LogPattern | null {
  const view = new LineView(line);
  return patterns.find((p) => matches(p.match, view)) ?? null;
}
