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
  /** A heredoc's target file (`/etc/nginx/conf.d/app.conf`): names the snippet. */
  target?: string;
  /** A `<<-` heredoc: the shell strips its lines' leading tabs. */
  stripTabs?: true;
  /** An unquoted heredoc's `$variables` (a few): the shell expands them before the file is written. */
  expands?: string[];
  /** Ranges inside it that are not its text (heredoc bodies cut out of a script), blanked. */
  holes?: { start: number; end: number }[];
}

/** What a document is and the snippets it holds, in document order. */
export interface DocumentSplit {
  kind: 'markdown' | 'article' | 'shell';
  snippets: Snippet[];
  /**
   * The shell text around heredocs (a script, a Dockerfile, a shell code block) with the bodies
   * cut out: read for what it holds itself (a uvicorn command), never listed when it gives nothing.
   */
  scripts?: Snippet[];
}

/** `app.conf (setup.sh, lines 4–20)` for a heredoc that names its file, else `setup.sh, lines 4–20`. */
export function describePlace(doc: string, s: Snippet): string {
  const place = `${doc}, ${describeLines(s)}`;
  const base = s.target?.split('/').pop();
  return base ? `${base} (${place})` : place;
}

/** `lines 130–150`, `line 7` */
export const describeLines = (s: Pick<Snippet, 'firstLine' | 'lastLine'>): string =>
  s.firstLine === s.lastLine ? `line ${s.firstLine}` : `lines ${s.firstLine}–${s.lastLine}`;
