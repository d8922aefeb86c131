import type { SettingScalar } from '../../model/chain';
import { type Diagnostic, type Severity } from '../../source/diagnostic';
import { LineIndex } from '../../source/line-index';
import type { ExtractedNode, SourceFile } from '../types';
import { maskCode, type CodeLanguage } from './mask';
import { writtenSetting } from '../written';

interface Write {
  tech: string;
  scope: string;
  key: string;
  value: SettingScalar;
  offset: number;
  setting: string;
  once: boolean;
}

/**
 * The state of one code-snippet parse: original and masked text, line index, the nodes found so
 * far (grouped by technology and scope, in order of appearance) and the diagnostics.
 */
export class CodeScan {
  readonly text: string;
  readonly masked: string;
  readonly diagnostics: Diagnostic[] = [];
  private readonly index: LineIndex;
  private readonly byKey = new Map<string, { node: ExtractedNode; first: number }>();
  private readonly writes: Write[] = [];

  constructor(
    readonly file: SourceFile,
    language: CodeLanguage,
  ) {
    this.text = file.text;
    this.masked = maskCode(lineEndsAsNewlines(file.text, language), language);
    this.index = new LineIndex(file.text);
  }

  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    return this.index.position(Math.max(0, Math.min(offset, this.text.length)));
  }

  /** The node for a technology and scope, created on first use; `offset` orders the nodes. */
  node(tech: string, scope: string, offset: number, label?: string): ExtractedNode {
    const key = `${tech}\u0000${scope}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { node: { tech, scope, settings: {}, ...(label ? { label } : {}) }, first: offset };
      this.byKey.set(key, entry);
    }
    entry.first = Math.min(entry.first, offset);
    return entry.node;
  }

  /**
   * Records a value written at `offset` (where `setting`, as written, begins). Writes are applied in
   * text order, so a later write of the same key in the same scope wins, as when the code runs;
   * a `once` write (a fact such as "this is the default transport") keeps its first origin.
   */
  set(
    tech: string,
    scope: string,
    key: string,
    value: SettingScalar,
    offset: number,
    setting: string,
    once = false,
  ): void {
    this.node(tech, scope, offset);
    this.writes.push({ tech, scope, key, value, offset, setting, once });
  }

  /** Adds a diagnostic for the text range [start, end). */
  report(code: string, severity: Severity, message: string, start: number, end = start): void {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    this.diagnostics.push({
      code,
      severity,
      message,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      file: this.file.name,
    });
  }

  /** The nodes in order of first appearance, with every write applied in text order. */
  nodes(): ExtractedNode[] {
    const writes = [...this.writes].sort((a, b) => a.offset - b.offset);
    for (const w of writes) {
      const { settings } = this.node(w.tech, w.scope, w.offset);
      if (w.once && Object.hasOwn(settings, w.key)) continue;
      settings[w.key] = writtenSetting(w.value, this.file.name, this.position(w.offset), w.setting);
    }
    this.writes.length = 0;
    return [...this.byKey.values()].sort((a, b) => a.first - b.first).map((e) => e.node);
  }

  /** Every match of `re` (which must be global) over the masked text. */
  *matches(re: RegExp): Generator<RegExpExecArray> {
    re.lastIndex = 0;
    for (let m = re.exec(this.masked); m; m = re.exec(this.masked)) {
      if (m[0] === '') re.lastIndex++;
      yield m;
    }
  }
}

/**
 * The text with every line end as `\n`, same length (so offsets still match the original): a lone
 * `\r` (Java, Python, JS; old Mac files and some clipboards) and, in JS, U+2028 / U+2029. Comments
 * and statements then end where the language ends a line, not at the next `\n`.
 */
export function lineEndsAsNewlines(text: string, language: CodeLanguage): string {
  const crOnly = text.replace(/\r(?!\n)/g, '\n');
  return language === 'js' ? crOnly.replace(/[\u2028\u2029]/g, '\n') : crOnly;
}

/** Shortens an expression for a message: one line, at most 60 characters. */
export function quoteExpression(expr: string): string {
  const one = expr.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

/** A setting name as written, for an origin: its first line, trimmed (so the line contains it). */
export function asWritten(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}
