import { findEnclosingFunction } from '../code/binding';
import { findClosing, findEnclosingOpen, splitTopLevel } from '../code/brackets';
import { FieldLiterals } from './receivers';

const MAX_SHADOWED = 32;
const DECL = /(?<![\w.])([A-Za-z_]\w*)\s*:=|\b(?:var|const)\s+([A-Za-z_]\w*)\b/g;
/** `func name(`, `func (s *T) name(`, `func(` (a function literal): the parameter list's `(`. */
const FUNC = /\bfunc\s*(?:\([^()]*\)\s*)?(?:[A-Za-z_]\w*\s*)?(?:\[[^\]]*\]\s*)?\(/g;

/** A declaration in force at a use: a `name :=` / `var` / `const` at `at`, or a parameter. */
export type LocalDeclaration = { at: number; parameter: false } | { parameter: true };

/** The innermost `{` block around `at`, or -1 at package level (few levels: blocks nest shallowly). */
function blockOf(masked: string, at: number): number {
  let open = findEnclosingOpen(masked, at);
  for (let level = 0; open >= 0 && masked[open] !== '{' && level < 50; level++)
    open = findEnclosingOpen(masked, open);
  return open >= 0 && masked[open] === '{' ? open : -1;
}

/** Whether the block opened at `open` (-1: the package) contains `offset`. */
function contains(masked: string, open: number, offset: number): boolean {
  if (open < 0) return true;
  const close = findClosing(masked, open);
  return offset > open && (close < 0 || offset < close);
}

const BLOCK = /\b(?:const|var)\s*\(/g;
const BLOCK_NAME = /^[ \t]*([A-Za-z_]\w*)/gm;

/** The names of `var ( … )` / `const ( … )` blocks, at their offsets. */
function collectBlockDeclarations(masked: string, offsets: Map<string, number[]>): void {
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(masked); m; m = BLOCK.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = findClosing(masked, open);
    const body = masked.slice(open + 1, close < 0 ? masked.length : close);
    BLOCK_NAME.lastIndex = 0;
    for (let d = BLOCK_NAME.exec(body); d; d = BLOCK_NAME.exec(body)) {
      const name = d[1] ?? '';
      const at = open + 1 + d.index + d[0].length - name.length;
      const list = offsets.get(name);
      if (list) list.push(at);
      else offsets.set(name, [at]);
    }
    if (close > open) BLOCK.lastIndex = close;
  }
}

/** Each function's parameter names, declared at its body's `{` + 1. */
function collectParameters(masked: string, offsets: Map<string, number[]>): Set<number> {
  const at = new Set<number>();
  FUNC.lastIndex = 0;
  for (let m = FUNC.exec(masked); m; m = FUNC.exec(masked)) {
    const open = m.index + m[0].length - 1;
    const close = findClosing(masked, open);
    if (close < 0) continue;
    const body = masked.indexOf('{', close);
    const newline = masked.indexOf('\n', close);
    if (body < 0 || (newline >= 0 && newline < body && masked[body - 1] !== '\n')) continue;
    const pieces = splitTopLevel(masked, open + 1, close).map((p) =>
      masked.slice(p.start, p.end).trim(),
    );
    if (!pieces.some((p) => /^[A-Za-z_]\w*\s+\S/.test(p))) continue; // func(int, string): types only
    for (const piece of pieces) {
      const name = /^[A-Za-z_]\w*/.exec(piece)?.[0];
      if (!name || name === '_') continue;
      const list = offsets.get(name);
      if (list) list.push(body + 1);
      else offsets.set(name, [body + 1]);
      at.add(body + 1);
    }
  }
  return at;
}

/**
 * Go variables by function: `transport` declared in `newClient()` and `transport` declared in
 * `newProxy()` are two variables, so their nodes get two scopes (`transport in newClient()`);
 * a package-level variable, or a name declared in one function only, keeps its plain name.
 */
export class GoScopes {
  /** Names declared more than once → the functions declaring them (`''`: package level). */
  private readonly owners = new Map<string, Set<string>>();
  /** Names declared more than once → where each declaration's value starts. */
  private readonly shadowed = new Map<string, number[]>();
  /** Offsets that stand for a function's parameter (its body's `{` + 1). */
  private readonly parameters: Set<number>;
  private readonly fields: FieldLiterals;

  constructor(private readonly masked: string) {
    const offsets = new Map<string, number[]>();
    DECL.lastIndex = 0;
    for (let m = DECL.exec(masked); m; m = DECL.exec(masked)) {
      const name = m[1] ?? m[2] ?? '';
      const list = offsets.get(name);
      if (list) list.push(m.index);
      else offsets.set(name, [m.index]);
    }
    collectBlockDeclarations(masked, offsets);
    this.fields = new FieldLiterals(masked);
    this.parameters = collectParameters(masked, offsets);
    for (const [name, list] of offsets)
      if (list.length > 1) {
        list.sort((a, b) => a - b);
        this.owners.set(name, new Set(list.map((at) => this.functionAt(at))));
        this.shadowed.set(name, list);
      }
  }

  /**
   * The declaration of `name` in force at `offset` when the name is declared more than once: the
   * last one before `offset` whose block (function body, closure, `if` block) contains `offset` —
   * a local `idleTimeout :=` or `const idleTimeout` shadows the package-level one, a parameter
   * shadows it too, and a closure's own `timeout :=` stays in the closure. Undefined when the
   * file-wide (package-level) value applies.
   */
  localDeclaration(name: string, offset: number): LocalDeclaration | undefined {
    const list = this.shadowed.get(name);
    // Real code shadows a name a few times; a name declared hundreds of times (generated or
    // hostile input) keeps the file-wide value, so this stays linear.
    if (!list || list.length > MAX_SHADOWED) return undefined;
    let found: number | undefined;
    let block = -1;
    for (const at of list) {
      if (at >= offset) break;
      const open = blockOf(this.masked, at);
      if (contains(this.masked, open, offset)) {
        found = at;
        block = open;
      }
    }
    if (found === undefined || block < 0) return undefined;
    return this.parameters.has(found) ? { parameter: true } : { at: found, parameter: false };
  }

  /**
   * The scope for variable `scope` (`transport`, `srv.Handler`) used at `offset`; a method's
   * `s.httpServer` is the scope of the literal its struct was built with (receivers.ts).
   */
  qualify(scope: string, offset: number): string {
    const field = this.fields.resolve(scope, offset);
    if (field !== undefined) return field;
    const root = /^[A-Za-z_]\w*/.exec(scope)?.[0];
    const owners = root === undefined ? undefined : this.owners.get(root);
    if (!owners || owners.size < 2) return scope;
    const fn = this.functionAt(offset);
    return fn !== '' && owners.has(fn) ? `${scope} in ${fn}` : scope;
  }

  private functionAt(offset: number): string {
    return findEnclosingFunction(this.masked, offset, 'go') ?? '';
  }
}
