import { scopeAt } from '../code/binding';
import {
  findClosing,
  findRecoveryEnd,
  previousNonSpace,
  splitTopLevel,
  trimSpan,
  type Span,
} from '../code/brackets';
import { asWritten } from '../code/scan';
import { fieldOf } from './fields';
import { writeGoField, type GoScan } from './write';

const LITERAL = /(?<![\w.])http\s*\.\s*(Server|Transport|Client)\s*\{/g;
const KEY = /^([A-Za-z_]\w*)\s*:(?!=)/;

interface Entry {
  key: string;
  keyOffset: number;
  value: Span;
}

/**
 * `http.Server{…}`, `&http.Transport{…}` and `&http.Client{…}` composite literals.
 * A Transport literal is a zero-value Transport (`transport: 'zero'`: IdleConnTimeout unset means
 * no idle limit); a Client literal without a Transport uses http.DefaultTransport.
 */
export function extractLiterals(go: GoScan): void {
  const { scan } = go;
  for (const m of scan.matches(LITERAL)) {
    // `func f() *http.Server {` is a result type followed by a body, not a literal.
    if ('*)'.includes(scan.masked[previousNonSpace(scan.masked, m.index)] ?? '_')) continue;
    const type = m[1] ?? '';
    const open = m.index + m[0].length - 1;
    let close = findClosing(scan.masked, open);
    const { line } = scan.position(m.index);
    if (close < 0) {
      scan.report(
        'GO_UNTERMINATED_LITERAL',
        'error',
        `http.${type}{ is never closed; reading its fields up to the end of the file.`,
        m.index,
        open + 1,
      );
      close = findRecoveryEnd(scan.masked, open);
    }
    const fallback = `http.${type} literal at line ${line}`;
    const scope = go.scopes.qualify(scopeAt(scan.masked, m.index, 'go', fallback), m.index);
    const entries = readEntries(go, open + 1, close);
    const written = asWritten(scan.text.slice(m.index, open));
    if (type === 'Client') {
      extractClient(go, scope, entries, m.index, written);
      continue;
    }
    const tech = type === 'Server' ? 'go-http-server' : 'go-transport';
    scan.node(tech, scope, m.index);
    if (type === 'Transport') scan.set(tech, scope, 'transport', 'zero', m.index, written);
    for (const e of entries) {
      const field = fieldOf(e.key);
      if (field?.struct === type) writeGoField(go, scope, e.key, field, e.keyOffset, e.value);
    }
  }
}

function extractClient(
  go: GoScan,
  scope: string,
  entries: Entry[],
  offset: number,
  written: string,
): void {
  const transport = entries.find((e) => e.key === 'Transport');
  if (!transport) {
    go.scan.set('go-transport', scope, 'transport', 'default', offset, written);
    return;
  }
  const { start, end } = transport.value;
  const value = end - start > 100 ? '' : go.scan.masked.slice(start, end).replace(/\s+/g, '');
  if (value === 'http.DefaultTransport')
    go.scan.set('go-transport', scope, 'transport', 'default', transport.keyOffset, 'Transport');
}

/** The `Key: value` entries of a literal body; duplicates are a Go compile error. */
function readEntries(go: GoScan, start: number, end: number): Entry[] {
  const { scan } = go;
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const span of splitTopLevel(scan.masked, start, end)) {
    // A key is near the start: reading a bounded prefix keeps nested literals linear.
    const m = KEY.exec(scan.masked.slice(span.start, Math.min(span.end, span.start + 200)));
    if (!m?.[1]) continue;
    if (seen.has(m[1]))
      scan.report(
        'GO_DUPLICATE_FIELD',
        'error',
        `Field ${m[1]} is set twice in one literal (Go rejects this); using the last one.`,
        span.start,
        span.start + m[1].length,
      );
    seen.add(m[1]);
    const value = trimSpan(scan.masked, { start: span.start + m[0].length, end: span.end });
    out.push({ key: m[1], keyOffset: span.start, value });
  }
  return out;
}
