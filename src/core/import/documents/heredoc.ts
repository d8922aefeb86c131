import { heredocTarget } from './heredoc-target';
import type { TextLine } from './lines';
import type { Snippet } from './snippet';

/**
 * Shell here-documents that write a config: `cat > /etc/nginx/conf.d/app.conf <<'EOF'`, `<<EOF`,
 * `<<-EOF` (leading tabs stripped), `tee file <<EOF`, Dockerfile `RUN cat <<EOF > file` and
 * `COPY <<EOF /path`. A heredoc counts only when its closing delimiter line is there: `x << shift`
 * in code is no heredoc. Linear: the closing line is looked up in an index of delimiter lines.
 */

/** `<<WORD`, `<<-WORD`, `<< 'WORD'`, `<<"WORD"`, `<<\WORD`; not `<<<` (a here-string). */
const OPERATOR = /(?<!<)<<(?!<)(-?)[ \t]*(?:'([^'\s]+)'|"([^"\s]+)"|\\?([A-Za-z_][\w.-]*))/g;
/** A line that may close a heredoc: a word alone, after optional tabs. */
const DELIMITER_LINE = /^\t*([^\s'"]+)$/;

interface Operator {
  word: string;
  stripTabs: boolean;
  /** `<<'EOF'`, `<<"EOF"`, `<<\EOF`: the body is written as it is; else the shell expands `$…`. */
  quoted: boolean;
}

/** A parameter expansion in an unquoted heredoc body: `$host`, `${PORT}`, `${KA:-65}`. */
const EXPANSION = /\$\{?([A-Za-z_]\w*)/g;
const MAX_NAMED = 3;

/** The variables the shell expands in lines[from..to] (at most a few names). */
function expansions(lines: readonly TextLine[], from: number, to: number): string[] {
  const names: string[] = [];
  for (let i = from; i <= to && names.length < MAX_NAMED; i++) {
    const text = lines[i]?.text ?? '';
    if (!text.includes('$')) continue;
    EXPANSION.lastIndex = 0;
    for (let m = EXPANSION.exec(text); m && names.length < MAX_NAMED; m = EXPANSION.exec(text))
      if (m[1] && !names.includes(`$${m[1]}`)) names.push(`$${m[1]}`);
  }
  return names;
}

/**
 * What comes right before `<<` in a language's own heredoc, not a shell's: an assignment or an
 * argument (Terraform `values = [<<EOF`, `user_data = <<-EOT`, Ruby `foo(<<EOS)`).
 */
const VALUE_BEFORE = new Set(['=', '[', '(', ',', '{', ':']);

function valueBefore(line: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t')) i--;
  return VALUE_BEFORE.has(line[i] ?? '');
}

function operatorsOf(line: string): Operator[] {
  if (!line.includes('<<')) return [];
  const out: Operator[] = [];
  OPERATOR.lastIndex = 0;
  for (let m = OPERATOR.exec(line); m; m = OPERATOR.exec(line)) {
    const word = m[2] ?? m[3] ?? m[4];
    if (word && !valueBefore(line, m.index))
      out.push({
        word,
        stripTabs: m[1] === '-',
        quoted: m[4] === undefined || m[0].includes('\\'),
      });
  }
  return out;
}

/** Line indices of each word that stands alone on a line (tabs before it allowed), ascending. */
function delimiterIndex(lines: readonly TextLine[], from: number, to: number) {
  const index = new Map<string, number[]>();
  for (let i = from; i <= to; i++) {
    const m = DELIMITER_LINE.exec(lines[i]?.text ?? '');
    if (!m?.[1]) continue;
    const key = `${m[0].startsWith('\t') ? '\t' : ''}${m[1]}`;
    const list = index.get(key) ?? [];
    list.push(i);
    index.set(key, list);
  }
  return index;
}

/** The first line after `after` that closes `op` (a `<<-` heredoc's may start with tabs). */
function closingLine(index: Map<string, number[]>, op: Operator, after: number): number {
  let best = -1;
  for (const key of op.stripTabs ? [op.word, `\t${op.word}`] : [op.word]) {
    const list = index.get(key) ?? [];
    // Binary search: the first index > after.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) > after) hi = mid;
      else lo = mid + 1;
    }
    const found = list[lo];
    if (found !== undefined && (best < 0 || found < best)) best = found;
  }
  return best;
}

const expanded = (op: Operator, lines: readonly TextLine[], from: number, to: number) => {
  const names = op.quoted ? [] : expansions(lines, from, to);
  return names.length > 0 ? { expands: names } : {};
};

/** A heredoc body: the snippet (may be empty: no body line), the lines it spans with its delimiters. */
export interface Heredoc {
  body: Snippet | undefined;
  /** 0-based lines: the operator's line and the closing delimiter's line. */
  opener: number;
  closer: number;
}

/** The heredocs in lines[from..to] (0-based, inclusive), in order; bodies are whole lines. */
export function findHeredocs(lines: readonly TextLine[], from: number, to: number): Heredoc[] {
  const out: Heredoc[] = [];
  let index: Map<string, number[]> | undefined;
  let i = from;
  while (i <= to) {
    const text = lines[i]?.text ?? '';
    const ops = operatorsOf(text);
    if (ops.length === 0) {
      i++;
      continue;
    }
    index ??= delimiterIndex(lines, from, to);
    const target = heredocTarget(text);
    let next = i + 1;
    for (const op of ops) {
      const close = closingLine(index, op, next - 1);
      if (close < 0 || close > to) break;
      const first = lines[next];
      const last = lines[close - 1];
      const body =
        close > next && first && last
          ? {
              start: first.start,
              end: last.end,
              firstLine: next + 1,
              lastLine: close,
              ...(target ? { target } : {}),
              ...(op.stripTabs ? { stripTabs: true as const } : {}),
              ...expanded(op, lines, next, close - 1),
            }
          : undefined;
      out.push({ body, opener: i, closer: close });
      next = close + 1;
    }
    i = Math.max(next, i + 1);
  }
  return out;
}
