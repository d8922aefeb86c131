import type { OffsetDiagnostic } from './diagnostics';
import { childContext, isKnownDirective, maxArguments, misplacedBlockParents } from './directives';
import type { Context } from './directives';
import { lexNginx, type Token } from './lexer';

export interface NginxArg {
  /** Unescaped text, quotes removed. */
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** One directive with its arguments, offsets (0-based, in `file`) and block children. */
export interface NginxDirective {
  name: string;
  /** Offset of the name's first character. */
  start: number;
  args: NginxArg[];
  /** Offset just past the `;` or `}` that ends it (or its last token when unterminated). */
  end: number;
  /** Present when the directive opens a `{ … }` block. */
  children?: NginxDirective[];
  /** The block body was skipped unparsed (`content_by_lua_block { … }`). */
  opaque?: boolean;
  file: string;
}

export interface NginxTree {
  file: string;
  directives: NginxDirective[];
  diagnostics: OffsetDiagnostic[];
}

/** Real configs nest a handful of levels; nginx itself has no limit but its C stack. */
const MAX_DEPTH = 64;

interface Frame {
  directive: NginxDirective | null;
  children: NginxDirective[];
  context: Context;
}

/**
 * Builds the block tree of one nginx file. Recovers like a person reading it would:
 * a directive missing its `;` ends where the next line starts a known directive (or where its
 * argument count is full), a block that cannot open where it stands (`server {` inside a
 * `location`) closes the blocks left open, a stray `}` or `;` is reported and skipped.
 * Never throws; linear in the text length.
 */
export function buildTree(text: string, file: string): NginxTree {
  const lexed = lexNginx(text);
  const diagnostics: OffsetDiagnostic[] = lexed.diagnostics.map((d) => ({ ...d, file }));
  const root: Frame = { directive: null, children: [], context: 'main' };
  const stack: Frame[] = [root];
  let pending: Token[] = [];
  let tooDeep = false;
  const top = (): Frame => stack[stack.length - 1] ?? root;
  const report = (code: OffsetDiagnostic['code'], start: number, end: number, message: string) =>
    diagnostics.push({
      code,
      severity: code === 'NGINX_UNEXPECTED_SEMICOLON' ? 'warning' : 'error',
      message,
      file,
      start,
      end,
    });

  const take = (end: number): NginxDirective | null => {
    const [head, ...rest] = pending;
    pending = [];
    if (!head) return null;
    const args = rest.map((t) => ({
      value: t.value,
      start: t.start,
      end: t.end,
      quoted: t.kind === 'string',
    }));
    return { name: head.value, start: head.start, args, end, file };
  };
  const finishUnterminated = (): void => {
    const first = pending[0];
    const last = pending[pending.length - 1];
    if (!first || !last) return;
    report(
      'NGINX_UNTERMINATED_DIRECTIVE',
      first.start,
      last.end,
      `"${first.value}" is missing its ";"`,
    );
    const d = take(last.end);
    if (d) top().children.push(d);
  };
  const closeFrame = (frame: Frame, end: number): void => {
    if (frame.directive) frame.directive.end = end;
  };

  for (const token of lexed.tokens) {
    switch (token.kind) {
      case 'comment':
        break;
      case 'word':
      case 'string':
        if (pending.length > 0 && token.lineStart && shouldSplit(pending, token, top().context))
          finishUnterminated();
        pending.push(token);
        break;
      case 'semi': {
        const d = take(token.end);
        if (d) top().children.push(d);
        else report('NGINX_UNEXPECTED_SEMICOLON', token.start, token.end, 'unexpected ";"');
        break;
      }
      case 'opaque': {
        const d = take(token.end);
        if (d) top().children.push({ ...d, children: [], opaque: true });
        break;
      }
      case 'open': {
        const d = take(token.end);
        if (!d) {
          report(
            'NGINX_UNEXPECTED_BRACE',
            token.start,
            token.end,
            'unexpected "{" without a directive',
          );
          stack.push({ directive: null, children: top().children, context: top().context });
          break;
        }
        recoverMisplacedBlock(d);
        if (stack.length > MAX_DEPTH) {
          // Keeps every later stage's recursion shallow on garbage such as `a { a { a { …`.
          if (!tooDeep)
            report(
              'NGINX_TOO_DEEP',
              d.start,
              token.end,
              `blocks nested deeper than ${MAX_DEPTH} levels are flattened`,
            );
          tooDeep = true;
          top().children.push(d);
          stack.push({ directive: null, children: top().children, context: top().context });
          break;
        }
        const frame: Frame = {
          directive: d,
          children: [],
          context: childContext(top().context, d.name),
        };
        d.children = frame.children;
        top().children.push(d);
        stack.push(frame);
        break;
      }
      case 'close':
        if (pending.length > 0) finishUnterminated();
        if (stack.length === 1)
          report('NGINX_UNEXPECTED_BRACE', token.start, token.end, 'unexpected "}"');
        else closeFrame(stack.pop() ?? root, token.end);
        break;
    }
  }
  if (pending.length > 0) finishUnterminated();
  while (stack.length > 1) {
    const frame = stack.pop() ?? root;
    reportUnclosed(frame);
    closeFrame(frame, text.length);
  }
  return { file, directives: root.children, diagnostics };

  function reportUnclosed(frame: Frame): void {
    const d = frame.directive;
    if (d)
      report(
        'NGINX_UNCLOSED_BLOCK',
        d.start,
        d.start + d.name.length,
        `"${d.name}" block is never closed with "}"`,
      );
  }

  /** `server {` inside a `location` etc.: close the blocks a missing `}` left open. */
  function recoverMisplacedBlock(d: NginxDirective): void {
    const parents = misplacedBlockParents(top().context, d.name);
    if (!parents) return;
    let k = stack.length - 1;
    while (k > 0 && !parents.includes(stack[k]?.context ?? 'main')) k--;
    while (stack.length - 1 > k) {
      const frame = stack.pop() ?? root;
      reportUnclosed(frame);
      closeFrame(frame, d.start);
    }
  }
}

/** A pending directive continues onto this line unless the line starts a new directive. */
function shouldSplit(pending: readonly Token[], token: Token, context: Context): boolean {
  if (token.kind !== 'word' || context === 'data') return false;
  if (isKnownDirective(token.value)) return true;
  const max = maxArguments(pending[0]?.value ?? '');
  return max !== undefined && pending.length - 1 >= max;
}
