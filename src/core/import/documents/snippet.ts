/** A run of config lines in a document (a fenced block, or lines between prose). */
export interface Snippet {
  /** Offsets in the document: the first character of its first line, the end of its last. */
  start: number;
  end: number;
  /** 1-based lines of the document it spans. */
  firstLine: number;
  lastLine: number;
  /** A fence's info string (`nginx`, `yaml`), lower case: a hint for detection only. */
  hint?: string;
}

/** What a document is and the snippets it holds, in document order. */
export interface DocumentSplit {
  kind: 'markdown' | 'article';
  snippets: Snippet[];
}

/** `lines 130–150`, `line 7` */
export const describeLines = (s: Pick<Snippet, 'firstLine' | 'lastLine'>): string =>
  s.firstLine === s.lastLine ? `line ${s.firstLine}` : `lines ${s.firstLine}–${s.lastLine}`;
