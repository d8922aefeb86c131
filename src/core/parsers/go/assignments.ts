import { scopeAt } from '../code/binding';
import { findClosing, findExpressionEnd, trimSpan } from '../code/brackets';
import { readReceiver } from '../code/receiver';
import { asWritten } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import { FIELD_NAMES, fieldOf } from './fields';
import { parseGoBool } from './values';
import { writeGoField, type GoScan } from './write';

const ASSIGN = new RegExp(String.raw`\.[ \t]*(${FIELD_NAMES})\s*=(?!=)`, 'g');
const KEEP_ALIVES = /\.[ \t]*SetKeepAlivesEnabled\s*\(/g;
const DEFAULT_CAST = /http\s*\.\s*DefaultTransport\s*\.\s*\(\s*\*\s*http\s*\.\s*Transport\s*\)/;
const DEFAULT_TRANSPORT = new RegExp(
  String.raw`(?<![\w.])${DEFAULT_CAST.source}(\s*\.\s*Clone\s*\(\s*\))?`,
  'g',
);
const ZERO_VALUE =
  /\bvar\s+([A-Za-z_]\w*)\s+http\s*\.\s*(Server|Transport)\b|\bnew\s*\(\s*http\s*\.\s*(Server|Transport)\s*\)/g;
const DEFAULT_CLIENT = /(?<![\w.])http\s*\.\s*(?:DefaultClient|Get|Post|Head|PostForm)\b/g;

/** The scope for a receiver: `http.DefaultTransport` for the shared default transport. */
function scopeOfReceiver(receiver: string): string {
  return DEFAULT_CAST.test(receiver) || receiver === 'http.DefaultTransport'
    ? 'http.DefaultTransport'
    : receiver;
}

/** `srv.IdleTimeout = …`, `t.IdleConnTimeout = …`, `srv.SetKeepAlivesEnabled(false)`. */
export function extractAssignments(go: GoScan): void {
  const { scan } = go;
  for (const m of scan.matches(ASSIGN)) {
    const name = m[1] ?? '';
    const field = fieldOf(name);
    const receiver = readReceiver(scan.masked, m.index);
    if (!field || !receiver || go.types.isOtherStruct(receiver.text, m.index)) continue;
    const scope = go.scopes.qualify(scopeOfReceiver(receiver.text), m.index);
    if (scope === 'http.DefaultTransport')
      scan.set(
        'go-transport',
        scope,
        'transport',
        'default',
        receiver.start,
        asWritten(scan.text.slice(receiver.start, m.index)),
        true,
      );
    const start = m.index + m[0].length;
    const value = trimSpan(scan.masked, {
      start,
      end: findExpressionEnd(scan.masked, start, false),
    });
    const keyOffset = m.index + m[0].indexOf(name);
    writeGoField(go, scope, name, field, keyOffset, value);
  }
  for (const m of scan.matches(KEEP_ALIVES)) {
    const receiver = readReceiver(scan.masked, m.index);
    if (!receiver) continue;
    const open = m.index + m[0].length - 1;
    const close = findClosing(scan.masked, open);
    const arg = scan.masked.slice(open + 1, close < 0 ? open + 1 : close);
    const on = parseGoBool(arg, go.names.bools);
    const keyOffset = m.index + m[0].indexOf('Set');
    if (on === undefined)
      scan.report(
        'GO_UNRESOLVED_EXPRESSION',
        'warning',
        'Cannot tell whether SetKeepAlivesEnabled turns keep-alives on or off from the pasted files: it is unknown until you set it in the chain.',
        open + 1,
        close < 0 ? open + 1 : close,
      );
    const value = on ?? unresolvedValue(scan.text.slice(open + 1, close < 0 ? open + 1 : close));
    const scope = go.scopes.qualify(receiver.text, m.index);
    scan.set(
      'go-http-server',
      scope,
      'keepAlivesEnabled',
      value,
      keyOffset,
      'SetKeepAlivesEnabled',
    );
  }
}

/**
 * Where a transport or server comes from without a literal:
 * `http.DefaultTransport.(*http.Transport).Clone()` (defaults: IdleConnTimeout 90 s),
 * `var t http.Transport` / `new(http.Transport)` (zero value: no idle limit),
 * `http.DefaultClient` / `http.Get` (the shared DefaultTransport).
 */
export function extractTransportOrigins(go: GoScan): void {
  const { scan } = go;
  for (const m of scan.matches(DEFAULT_TRANSPORT)) {
    const rest = scan.masked.slice(m.index + m[0].length, m.index + m[0].length + 200);
    if (/^\s*\.\s*\w+\s*=(?!=)/.test(rest)) continue; // a direct assignment to the shared default: handled with assignments
    const { line } = scan.position(m.index);
    const fallback = m[1] ? `Transport clone at line ${line}` : 'http.DefaultTransport';
    const scope = go.scopes.qualify(scopeAt(scan.masked, m.index, 'go', fallback), m.index);
    const written = asWritten(scan.text.slice(m.index, m.index + m[0].length));
    scan.set('go-transport', scope, 'transport', 'default', m.index, written);
  }
  for (const m of scan.matches(ZERO_VALUE)) {
    const type = m[2] ?? m[3] ?? '';
    const { line } = scan.position(m.index);
    const named = m[1] ?? scopeAt(scan.masked, m.index, 'go', `new(http.${type}) at line ${line}`);
    const scope = go.scopes.qualify(named, m.index);
    const tech = type === 'Server' ? 'go-http-server' : 'go-transport';
    if (tech === 'go-http-server') scan.node(tech, scope, m.index);
    else
      scan.set(
        tech,
        scope,
        'transport',
        'zero',
        m.index,
        asWritten(scan.text.slice(m.index, m.index + m[0].length)),
      );
  }
  for (const m of scan.matches(DEFAULT_CLIENT)) {
    const written = asWritten(scan.text.slice(m.index, m.index + m[0].length));
    scan.set(
      'go-transport',
      'http.DefaultTransport',
      'transport',
      'default',
      m.index,
      written,
      true,
    );
  }
}
