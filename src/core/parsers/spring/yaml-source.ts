import { isMap, isScalar, isSeq, type Pair, type Scalar } from '../../source/yaml/nodes';
import { type Diagnostic } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import { ACTIVATION_KEYS, canonicalizeDotted } from './keys';
import {
  CappedReport,
  makeDiagnostic,
  type Position,
  type RawEntry,
  type SourceScan,
} from './documents';
import { placeEmbedded, readEmbedded, type EmbeddedFile } from './embedded';
import { scanSpringProperties } from './properties-source';
import { normalizeLoneCr } from '../line-ends';
import { parseYamlDocuments, type YamlIssue } from '../../source/yaml/documents';
import type { YamlIndex } from '../../source/yaml/walk';

const MAX_DEPTH = 64;
const ENV_ITEM = /^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)$/s;

interface Walk {
  text: string;
  index: YamlIndex;
  at: (offset: number) => Position;
  entries: RawEntry[];
  /** Alias expansions left: bounds the work on alias bombs. */
  aliasBudget: number;
  /** Spring configs found as `|` blocks (ConfigMap data), scanned after the walk. */
  embedded: EmbeddedFile[];
  /** Values nested deeper than MAX_DEPTH are not read (no Spring property is that deep). */
  tooDeep: CappedReport;
}

/** Reads every `---` document of a Spring YAML file (or a compose / Kubernetes manifest). */
export function scanSpringYaml(source: string, depth = 0): SourceScan {
  const text = normalizeLoneCr(source);
  // yaml's LineCounter misses line starts inside some broken flow collections, so positions
  // come from our own index over the whole text.
  const lines = new LineIndex(text);
  const parsed = parseYamlDocuments(text);
  // Errors at the very end (an unclosed `[`) are shown on the last line, not after it.
  const end = text.endsWith('\n') ? text.length - 1 : text.length;
  const at = (offset: number): Position => {
    return lines.position(Math.max(0, Math.min(offset, end)));
  };
  const diagnostics: Diagnostic[] = [];
  const documents = [];
  const syntax = new CappedReport(diagnostics, 'SPRING_YAML_SYNTAX', 'YAML syntax errors');
  const duplicates = new CappedReport(diagnostics, 'SPRING_DUPLICATE_KEY', 'duplicate keys');
  const tooDeep = new CappedReport(diagnostics, 'SPRING_TOO_DEEP', 'too deeply nested values', 1);
  for (const issue of parsed.issues)
    reportIssue(issue, { syntax, duplicates, tooDeep }, at, diagnostics);
  for (const { index, doc } of parsed.documents) {
    const walk: Walk = { text, index, at, entries: [], aliasBudget: 1000, embedded: [], tooDeep };
    visit(walk, doc.contents, [], undefined, 0);
    documents.push({ entries: walk.entries });
    for (const file of walk.embedded) {
      const inner = depth > 0 ? { documents: [], diagnostics: [] } : scanEmbedded(file, depth);
      // Loops, not push(...x): a spread of 100 000 items overflows the stack.
      for (const d of inner.documents) documents.push(d);
      for (const d of inner.diagnostics) diagnostics.push(d);
    }
  }
  syntax.close();
  duplicates.close();
  tooDeep.close();
  return { documents, diagnostics };
}

/** A problem the YAML front end found, as a Spring diagnostic (the counted ones capped). */
function reportIssue(
  issue: YamlIssue,
  reports: Record<'syntax' | 'duplicates' | 'tooDeep', CappedReport>,
  at: (offset: number) => Position,
  out: Diagnostic[],
) {
  const where = at(issue.offset);
  if (issue.kind === 'duplicate-key')
    reports.duplicates.add(
      'error',
      () => 'Duplicate key: Spring Boot refuses to start with duplicate YAML keys',
      where,
    );
  else if (issue.kind === 'too-deep') reports.tooDeep.add('warning', () => issue.message, where);
  else if (issue.kind === 'too-many-tokens' || issue.kind === 'too-large')
    out.push(makeDiagnostic('SPRING_YAML_SYNTAX', issue.severity, issue.message, where));
  else reports.syntax.add(issue.severity, () => issue.message, where);
}

function scanEmbedded(file: EmbeddedFile, depth: number): SourceScan {
  const scan = /\.properties$/i.test(file.name)
    ? scanSpringProperties(file.text)
    : scanSpringYaml(file.text, depth + 1);
  return placeEmbedded(scan, file);
}

/** The node an alias stands for; null once the document's expansions are spent (alias bombs). */
function resolveAlias(w: Walk, node: unknown): unknown {
  const target = w.index.resolve(node);
  if (target !== node && --w.aliasBudget < 0) return null;
  return target ?? null;
}

function visit(w: Walk, raw: unknown, path: string[], owner: string | undefined, depth: number) {
  const node = resolveAlias(w, raw);
  if (!node || typeof node !== 'object') return;
  if (depth > MAX_DEPTH) {
    const start = (node as { range?: [number, number, number] | null }).range?.[0] ?? 0;
    w.tooDeep.add('warning', () => `Nested deeper than ${MAX_DEPTH} levels: not read`, w.at(start));
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) visitPair(w, pair, path, owner, depth);
  } else if (isSeq(node)) visitSeq(w, node.items, path, owner, depth);
}

function visitPair(w: Walk, pair: Pair, path: string[], owner: string | undefined, depth: number) {
  const key = pair.key;
  if (!isScalar(key)) return;
  const name = textOf(key.value);
  if (name === undefined) return;
  const keyAt = nameStart(w, key);
  if (name === '<<') return visit(w, pair.value, path, owner, depth + 1);
  const value = resolveAlias(w, pair.value);
  const full = [...path, name];
  const embedded = isScalar(value) ? readEmbedded(name, value, w.text, w.at) : undefined;
  if (embedded) return void w.embedded.push(embedded);
  if (isScalar(value) || value === null || value === undefined) {
    // A quoted key is reported as written (escapes and all) and matched by its value.
    const written = unquotedSource(w, key) ?? name;
    w.entries.push(leafEntry(w, [...path, written].join('.'), value, keyAt, owner, full.join('.')));
    // Compose `environment:` maps and similar: an environment name at any depth.
    if (path.length > 0 && !name.includes('.'))
      w.entries.push(leafEntry(w, written, value, keyAt, owner, name));
    return;
  }
  if (isSeq(value) && isActivation(full)) {
    const items = value.items.map((i) => resolveAlias(w, i));
    const text = items.map((i) => (isScalar(i) ? (textOf(i.value) ?? '') : '')).join(',');
    w.entries.push({ written: full.join('.'), value: text, keyAt, valueAt: startOf(w, value) });
    return;
  }
  visit(w, value, full, ownerFor(path, name, owner), depth + 1);
}

function visitSeq(
  w: Walk,
  items: unknown[],
  path: string[],
  owner: string | undefined,
  depth: number,
) {
  const inContainers = /^(init)?containers$/i.test(path[path.length - 1] ?? '');
  for (const raw of items) {
    const item = resolveAlias(w, raw);
    if (isScalar(item) && typeof item.value === 'string') {
      // Compose list form: `- SERVER_TOMCAT_KEEPALIVETIMEOUT=30s`.
      const m = ENV_ITEM.exec(item.value);
      const start = item.range?.[0] ?? 0;
      const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0;
      // Skip names spelled with escapes: their position in the source is not the name's.
      if (m?.[1] !== undefined && w.text.startsWith(m[1], start + quoted))
        w.entries.push({
          written: m[1],
          value: m[2] ?? '',
          keyAt: w.at(start + quoted),
          valueAt: w.at(start + quoted + item.value.indexOf('=') + 1),
          ...(owner === undefined ? {} : { owner }),
        });
    } else if (isMap(item)) {
      const env = readNameValue(w, item.items, owner);
      if (env) w.entries.push(env);
      else {
        const name = inContainers ? item.get('name') : undefined;
        visit(w, item, path, typeof name === 'string' ? `container ${name}` : owner, depth + 1);
      }
    } else visit(w, item, path, owner, depth + 1);
  }
}

/** Kubernetes `env:` items: `- name: SERVER_TOMCAT_KEEPALIVETIMEOUT` / `value: "30s"`. */
function readNameValue(w: Walk, pairs: Pair[], owner: string | undefined): RawEntry | undefined {
  const name = pairs.find((p) => isScalar(p.key) && p.key.value === 'name');
  const value = pairs.find((p) => isScalar(p.key) && p.key.value === 'value');
  if (!name || !value || !isScalar(name.value) || typeof name.value.value !== 'string') return;
  const v = resolveAlias(w, value.value);
  if (v !== null && v !== undefined && !isScalar(v)) return;
  const written = unquotedSource(w, name.value) ?? name.value.value;
  const at = nameStart(w, name.value);
  return leafEntry(w, written, v, at, owner, name.value.value);
}

/** Where a name's first character is (after the opening quote of a quoted scalar). */
function nameStart(w: Walk, node: Scalar): Position {
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  return w.at((node.range?.[0] ?? 0) + quoted);
}

/** The source text of a quoted scalar without its quotes; undefined for plain scalars. */
function unquotedSource(w: Walk, node: Scalar): string | undefined {
  if (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE') return undefined;
  const [start, end] = node.range ?? [0, 0];
  return w.text.slice(start + 1, Math.max(start + 1, end - 1));
}

function leafEntry(
  w: Walk,
  written: string,
  value: unknown,
  keyAt: Position,
  owner: string | undefined,
  lookup: string,
): RawEntry {
  const scalar = isScalar(value) ? value : undefined;
  // Numbers keep their source form (`30_000`, `0x10`) so they are judged as written.
  const text =
    typeof scalar?.source === 'string' && typeof scalar.value !== 'string'
      ? scalar.source
      : (textOf(scalar?.value) ?? '');
  return {
    written,
    ...(lookup === written ? {} : { lookup }),
    value: text,
    keyAt,
    valueAt: scalar ? startOf(w, scalar) : keyAt,
    ...(owner === undefined ? {} : { owner }),
  };
}

function startOf(w: Walk, node: { range?: [number, number, number] | null }): Position {
  return w.at(node.range?.[0] ?? 0);
}

function isActivation(path: string[]): boolean {
  const c = canonicalizeDotted(path.join('.'));
  return c === ACTIVATION_KEYS.onProfile || c === ACTIVATION_KEYS.legacyProfiles;
}

/** Compose `services: <name>:` scopes the environment entries beneath it. */
function ownerFor(path: string[], name: string, owner: string | undefined): string | undefined {
  if (path.length === 1 && path[0] === 'services') return `service ${name}`;
  return owner;
}

/** A scalar's value as text; undefined for null and non-scalars. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return undefined;
}
