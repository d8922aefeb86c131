import type { NginxSpanDiagnostic } from './diagnostics';
import {
  childContext,
  isKnownDirective,
  listDirectiveTable,
  maxArguments,
  misplacedBlockParents,
} from './directives';
import { NameTable } from './name-table';
import { checkContext } from './check-contexts';
import type { Context } from './directives';
import { NginxScanner } from './lexer';

/** One directive with its arguments, offsets (0-based, in `file`) and block children. */
export interface NginxDirective {
  name: string;
  /** Offset of the name's first character. */
  start: number;
  /**
   * Unescaped text of each argument, quotes removed. Strings only (a large file has tens of
   * thousands): `argumentSpans` finds where they are written when a diagnostic needs one.
   */
  args: string[];
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
  /** Problems of the text itself (lexing, structure). */
  diagnostics: NginxSpanDiagnostic[];
  /** Directives left out of the tree (`TreeOptions.keep`) that stand where nginx refuses them. */
  contextDiagnostics: NginxSpanDiagnostic[];
  /** Some directive is named `include`: without one, include expansion has nothing to do. */
  hasIncludes: boolean;
}

/** Real configs nest a handful of levels; nginx itself has no limit but its C stack. */
const MAX_DEPTH = 64;

interface Frame {
  directive: NginxDirective | null;
  children: NginxDirective[];
  /** The context this file's own nesting gives (recovery works on it). */
  context: Context;
  /** The context nginx reads the block in, from `TreeOptions.context` (for context checks). */
  checked: Context;
}

export interface TreeOptions {
  /**
   * The directives the caller reads. Any other directive that opens no block is left out of the
   * tree, which saves most of the work on a large file. With `keep`, every directive (kept or
   * not) is checked for its context where it stands (see `checkContext`), in this one pass.
   * Default: every directive is kept and none is checked.
   */
  keep?: (name: string) => boolean;
  /** With `keep`: the context the file's top level is read in (an `include` site). */
  context?: Context;
}

const NO_ARGS: string[] = [];
/** The most distinct argument strings shared per file (a bound on the table, not on the file). */
const MAX_INTERNED = 4096;
const KNOWN_NAMES = new NameTable(listDirectiveTable().map(([name]) => name));
Object.freeze(NO_ARGS);

/**
 * Where each of the first `count` arguments of the directive starting at `start` is written in
 * `text` (quotes included), read again the way the tree read them: one pass, however many of them
 * a diagnostic is about. Shorter when the text ends the directive sooner.
 */
export function argumentSpans(
  text: string,
  start: number,
  count: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const scanner = new NginxScanner(text, false, start);
  // The name first, then the arguments, up to the token that ends the directive.
  for (let k = -1; out.length < count && scanner.next(); k++) {
    if (scanner.kind !== 'word' && scanner.kind !== 'string') break;
    if (k >= 0) out.push({ start: scanner.start, end: scanner.end });
  }
  return out;
}

/**
 * Builds the block tree of one nginx file in one pass over its tokens. Recovers like a person
 * reading it would: a directive missing its `;` ends where the next line starts a known directive
 * (or where its argument count is full), a block that cannot open where it stands (`server {`
 * inside a `location`) closes the blocks left open, a stray `}` or `;` is reported and skipped.
 * Never throws; linear in the text length.
 */
export function buildTree(text: string, file: string, options: TreeOptions = {}): NginxTree {
  const keep = options.keep;
  const scanner = new NginxScanner(text, false);
  const diagnostics: NginxSpanDiagnostic[] = [];
  const contextDiagnostics: NginxSpanDiagnostic[] = [];
  const root: Frame = {
    directive: null,
    children: [],
    context: 'main',
    checked: options.context ?? 'main',
  };
  const stack: Frame[] = [root];
  let top = root;
  let tooDeep = false;
  let hasIncludes = false;
  // The directive being read: its name, where it starts, its arguments so far.
  let name = '';
  let nameStart = 0;
  let lastEnd = 0;
  let tokens = 0;
  // The arguments are gathered in one reused array and copied at the directive's end, so each
  // directive keeps an array of its own size (a pushed-to array reserves 17 slots).
  let keepArgs = false;
  const args: string[] = [];
  // Counted, not truncated: setting an array's length to 0 gives up its storage.
  let argCount = 0;
  const report = (code: NginxSpanDiagnostic['code'], start: number, end: number, message: string) =>
    diagnostics.push({
      code,
      severity: code === 'NGINX_UNEXPECTED_SEMICOLON' ? 'warning' : 'error',
      message,
      file,
      start,
      end,
    });

  // Arguments repeat across blocks (`1.1`, `Host`, `$host`, an upstream URL): one string each.
  const interned = new Map<string, string>();
  const intern = (value: string): string => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    if (interned.size < MAX_INTERNED) interned.set(value, value);
    return value;
  };
  // Data blocks' entries are kept whole: the model evaluates `map`s (`$connection_upgrade`).
  const keeps = (directive: string): boolean =>
    keep === undefined || keep(directive) || top.context === 'data';
  /** The directive read so far, checked for its context where it stands unless `placed` later. */
  const take = (end: number, placedLater = false): NginxDirective | null => {
    if (tokens === 0) return null;
    if (keep && !placedLater) checkContext(name, nameStart, file, top.checked, contextDiagnostics);
    if (name === 'include') hasIncludes = true;
    const d: NginxDirective = {
      name,
      start: nameStart,
      args: keepArgs ? args.slice(0, argCount) : NO_ARGS,
      end,
      file,
    };
    tokens = 0;
    keepArgs = false;
    return d;
  };
  /** Ends a directive that opens no block: into the tree, or checked and left out. */
  const endLeaf = (end: number): boolean => {
    if (tokens === 0) return false;
    if (keeps(name)) {
      const d = take(end);
      if (d) top.children.push(d);
      return true;
    }
    checkContext(name, nameStart, file, top.checked, contextDiagnostics);
    tokens = 0;
    keepArgs = false;
    return true;
  };
  const finishUnterminated = (): void => {
    if (tokens === 0) return;
    report('NGINX_UNTERMINATED_DIRECTIVE', nameStart, lastEnd, `"${name}" is missing its ";"`);
    endLeaf(lastEnd);
  };
  const push = (frame: Frame): void => {
    stack.push(frame);
    top = frame;
  };
  const pop = (): Frame => {
    const frame = stack.pop() ?? root;
    top = stack[stack.length - 1] ?? root;
    return frame;
  };
  const closeFrame = (frame: Frame, end: number): void => {
    const d = frame.directive;
    if (!d) return;
    d.end = end;
    // A copy of the block's own size: the array pushed to reserves room nobody uses.
    if (d.children === frame.children) d.children = frame.children.slice();
  };

  while (scanner.next()) {
    switch (scanner.kind) {
      case 'word':
      case 'string':
        if (tokens > 0 && scanner.lineStart && splitsHere()) finishUnterminated();
        if (tokens === 0) {
          name = scanner.name(KNOWN_NAMES);
          nameStart = scanner.start;
          keepArgs = keeps(name);
          argCount = 0;
        } else if (keepArgs) {
          args[argCount++] = intern(scanner.value());
        }
        tokens++;
        lastEnd = scanner.end;
        break;
      case 'semi':
        if (!endLeaf(scanner.end))
          report('NGINX_UNEXPECTED_SEMICOLON', scanner.start, scanner.end, 'unexpected ";"');
        break;
      case 'opaque': {
        const d = take(scanner.end);
        if (d) {
          d.children = [];
          d.opaque = true;
          top.children.push(d);
        }
        break;
      }
      case 'open':
        openBlock(scanner.start, scanner.end);
        break;
      case 'close':
        if (tokens > 0) finishUnterminated();
        if (stack.length === 1)
          report('NGINX_UNEXPECTED_BRACE', scanner.start, scanner.end, 'unexpected "}"');
        else closeFrame(pop(), scanner.end);
        break;
      case 'comment':
        break;
    }
  }
  if (tokens > 0) finishUnterminated();
  while (stack.length > 1) {
    const frame = pop();
    reportUnclosed(frame);
    closeFrame(frame, text.length);
  }
  // The lexer's problems first, then the structure's (each list in reading order).
  const lexed = scanner.diagnostics.concat(scanner.omitted()).map((d) => ({ ...d, file }));
  return {
    file,
    directives: root.children,
    diagnostics: lexed.concat(diagnostics),
    contextDiagnostics,
    hasIncludes,
  };

  /** A pending directive continues onto this line unless the line starts a new directive. */
  function splitsHere(): boolean {
    if (scanner.kind !== 'word' || top.context === 'data') return false;
    if (isKnownDirective(scanner.value())) return true;
    const max = maxArguments(name);
    return max !== undefined && tokens - 1 >= max;
  }

  function openBlock(start: number, end: number): void {
    const d = take(end, true);
    if (!d) {
      report('NGINX_UNEXPECTED_BRACE', start, end, 'unexpected "{" without a directive');
      push({ directive: null, children: top.children, context: top.context, checked: top.checked });
      return;
    }
    recoverMisplacedBlock(d);
    // Checked where it lands, once the blocks a missing `}` left open are closed.
    if (keep) checkContext(d.name, d.start, file, top.checked, contextDiagnostics);
    if (stack.length > MAX_DEPTH) {
      // Keeps every later stage's recursion shallow on garbage such as `a { a { a { …`.
      if (!tooDeep)
        report(
          'NGINX_TOO_DEEP',
          d.start,
          end,
          `blocks nested deeper than ${MAX_DEPTH} levels are flattened`,
        );
      tooDeep = true;
      top.children.push(d);
      push({ directive: null, children: top.children, context: top.context, checked: top.checked });
      return;
    }
    const frame: Frame = {
      directive: d,
      children: [],
      context: childContext(top.context, d.name),
      checked: childContext(top.checked, d.name),
    };
    d.children = frame.children;
    top.children.push(d);
    push(frame);
  }

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
    const parents = misplacedBlockParents(top.context, d.name);
    if (!parents) return;
    let k = stack.length - 1;
    while (k > 0 && !parents.includes(stack[k]?.context ?? 'main')) k--;
    while (stack.length - 1 > k) {
      const frame = pop();
      reportUnclosed(frame);
      closeFrame(frame, d.start);
    }
  }
}
