import { findEnclosingOpen, findOpening, previousNonSpace } from './brackets';
import type { CodeLanguage } from './mask';

/**
 * What an expression is bound to, found by walking back from its first character:
 * `srv := &http.Server{…}` → var `srv`; `client := &http.Client{Transport: &http.Transport{…}}`
 * → var `client`, fields [`Transport`]; `return HttpClients.custom()…` → return (the enclosing
 * function names the scope). `argOf` is the innermost call the expression is an argument of.
 */
export interface Binding {
  kind: 'var' | 'return' | 'none';
  name?: string;
  fields: string[];
  argOf?: string;
  /** Offset of `=>` when the expression is an arrow function's body. */
  arrowAt?: number;
}

const IDENT = /[\w$]/;
const MAX_STEPS = 10_000;
/** Literals nested deeper than this are not named by their field path (no real code does it). */
const MAX_FIELD_DEPTH = 16;

/**
 * Walks already taken in one text: the walk from a position where no call has been entered yet
 * always ends the same way, so a builder chain of n calls, or n nested literals, is walked once
 * rather than n times (linear, not quadratic).
 */
let memo: { text: string; at: Map<number, Binding> } | undefined;

/** Finds the variable (or `return`) an expression starting at `start` is assigned to. */
export function findBinding(masked: string, start: number): Binding {
  if (memo?.text !== masked) memo = { text: masked, at: new Map() };
  const known = memo.at;
  const visited: number[] = [];
  const result = walkBack(masked, start, known, visited);
  for (const at of visited) known.set(at, result);
  return result;
}

function walkBack(
  masked: string,
  start: number,
  known: Map<number, Binding>,
  visited: number[],
): Binding {
  const fields: string[] = [];
  let argOf: string | undefined;
  let i = start;
  let lastWord = '';
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (argOf === undefined) {
      const done = known.get(i);
      if (done) return done;
      visited.push(i);
    }
    const j = previousNonSpace(masked, i);
    if (j < 0) break;
    const c = masked[j] ?? '';
    if (j < i - 1 && /\n/.test(masked.slice(j, i)) && startsStatement(masked, i, c)) break;
    if (IDENT.test(c)) {
      let k = j;
      while (k > 0 && IDENT.test(masked[k - 1] ?? '')) k--;
      lastWord = masked.slice(k, j + 1);
      i = k;
    } else if (c === '.' || c === '&' || c === '!') i = j;
    else if (c === ')' || c === ']') {
      const o = findOpening(masked, j);
      if (o < 0) break;
      i = o;
    } else if (c === '(' || c === ',' || c === '[') {
      const o = c === ',' ? findEnclosingOpen(masked, j) : j;
      if (o < 0 || masked[o] === '{') {
        if (o >= 0) return bindObjectElement(masked, o, fields, argOf);
        break;
      }
      argOf ??= calleeBefore(masked, o);
      i = o;
    } else if (c === ':' && masked[j - 1] !== ':') {
      if (masked[j + 1] === '=') return assigned(masked, j, fields, argOf);
      return bindField(masked, j, fields, argOf);
    } else if (c === '=' && !'=!<>'.includes(masked[j - 1] ?? '')) {
      return assigned(masked, masked[j - 1] === ':' ? j - 1 : j, fields, argOf);
    } else if (c === '>' && masked[j - 1] === '=')
      return withArg({ kind: 'return', fields, arrowAt: j - 1 }, argOf);
    else break;
    if (lastWord === 'return') return withArg({ kind: 'return', fields }, argOf);
  }
  return withArg({ kind: 'none', fields }, argOf);
}

function withArg(b: Binding, argOf: string | undefined): Binding {
  return argOf === undefined ? b : { ...b, argOf };
}

/** Crossing a newline backwards: does the expression start a new statement (no `;` languages)? */
function startsStatement(masked: string, i: number, prev: string): boolean {
  const here = masked.slice(i, i + 1);
  if (here === '.' || here === '(' || here === '[') return false;
  return IDENT.test(prev) || prev === ')' || prev === ']' || prev === '}';
}

function assigned(
  masked: string,
  eq: number,
  fields: string[],
  argOf: string | undefined,
): Binding {
  const name = readNameBefore(masked, eq);
  if (!name) return withArg({ kind: 'none', fields }, argOf);
  return withArg({ kind: 'var', name, fields }, argOf);
}

/** `Key: <expr>` inside a literal: the key joins the path and the literal's own binding wins. */
function bindField(
  masked: string,
  colon: number,
  fields: string[],
  argOf: string | undefined,
): Binding {
  const key = readNameBefore(masked, colon);
  if (!key || key.includes('.')) return withArg({ kind: 'none', fields }, argOf);
  const open = findEnclosingOpen(masked, colon);
  if (open < 0 || masked[open] !== '{') return withArg({ kind: 'none', fields }, argOf);
  const outer = findBinding(masked, open);
  if (outer.fields.length >= MAX_FIELD_DEPTH) return withArg({ kind: 'none', fields }, argOf);
  return { ...outer, fields: [...outer.fields, key, ...fields], ...(argOf ? { argOf } : {}) };
}

/** A positional element of a literal or array: bind like the literal itself. */
function bindObjectElement(
  masked: string,
  open: number,
  fields: string[],
  argOf: string | undefined,
): Binding {
  const outer = findBinding(masked, open);
  if (outer.fields.length >= MAX_FIELD_DEPTH) return withArg({ kind: 'none', fields }, argOf);
  return { ...outer, fields: [...outer.fields, ...fields], ...(argOf ? { argOf } : {}) };
}

/** Reads `name`, `this.name` or `s.srv` just before `pos` (skipping whitespace). */
export function readNameBefore(masked: string, pos: number, typed = true): string | undefined {
  const end = previousNonSpace(masked, pos) + 1;
  const start = dottedNameStart(masked, end);
  if (start === end) return undefined;
  const name = masked.slice(start, end).replace(/\s+/g, '');
  // A type annotation (`const server: http.Server = …`) sits between the name and `=`.
  const colon = previousNonSpace(masked, start);
  if (typed && masked[colon] === ':' && masked[colon - 1] !== ':') {
    const fn = kotlinFunctionBefore(masked, colon);
    if (fn) return fn;
    const variable = readNameBefore(masked, colon, false);
    if (variable) return variable;
  }
  return name;
}

/** `fun name(…): Type = <expr>` (Kotlin expression body): `name()`, the function the value is. */
function kotlinFunctionBefore(masked: string, colon: number): string | undefined {
  const close = previousNonSpace(masked, colon);
  if (masked[close] !== ')') return undefined;
  const open = findOpening(masked, close);
  if (open <= 0) return undefined;
  const end = previousNonSpace(masked, open) + 1;
  const start = dottedNameStart(masked, end);
  const name = masked.slice(start, end);
  return /^[A-Za-z_$][\w$]*$/.test(name) &&
    /\bfun\s+$/.test(masked.slice(Math.max(0, start - 20), start))
    ? `${name}()`
    : undefined;
}

const WORD = /[\w$]/;
const SPACE = /\s/;

/**
 * Start of the dotted name (`a.b . c`) that ends at `end`, at most 200 characters back; `end`
 * when there is none. A backward scan: a regex anchored at the end would retry every position.
 */
function dottedNameStart(masked: string, end: number): number {
  let start = end;
  let i = end;
  while (end - i <= 200) {
    let j = i;
    while (j > 0 && WORD.test(masked[j - 1] ?? '')) j--;
    while (j < i && /\d/.test(masked[j] ?? '')) j++; // a name does not start with a digit
    if (j === i) break;
    start = j;
    let k = j;
    while (k > 0 && SPACE.test(masked[k - 1] ?? '')) k--;
    if (masked[k - 1] !== '.') break;
    k--;
    while (k > 0 && SPACE.test(masked[k - 1] ?? '')) k--;
    i = k;
  }
  return start;
}

function calleeBefore(masked: string, open: number): string | undefined {
  const m = /([A-Za-z_$][\w$.]*)\s*$/.exec(masked.slice(Math.max(0, open - 200), open));
  return m?.[1];
}

const NOT_FUNCTIONS = new Set(['if', 'for', 'while', 'switch', 'catch', 'else', 'try', 'do']);

/** The name of the function or method whose body contains `pos`, e.g. `newServer()`. */
export function findEnclosingFunction(
  masked: string,
  pos: number,
  language: CodeLanguage,
): string | undefined {
  let at = pos;
  for (let level = 0; level < 50; level++) {
    const open = findEnclosingOpen(masked, at);
    if (open < 0) return undefined;
    if (masked[open] === '{') {
      const head = masked.slice(Math.max(0, open - 300), open);
      const name = functionName(head, language);
      if (name) return `${name}()`;
    }
    at = open;
  }
  return undefined;
}

function functionName(head: string, language: CodeLanguage): string | undefined {
  if (language === 'go') {
    const m = /func\s*(?:\([^()]*\)\s*)?([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)?\([^{;]*$/.exec(head);
    return m?.[1];
  }
  if (language === 'js') {
    const arrow = /([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?\([^()]*\)\s*(?::[^{=;]*)?=>\s*$/.exec(
      head,
    );
    if (arrow?.[1]) return arrow[1];
  }
  const m = /([A-Za-z_$][\w$]*)\s*\([^()]*\)\s*(?::\s*[^{;()]*|throws\s+[\w.,\s]+)?$/.exec(head);
  const name = m?.[1];
  return name && !NOT_FUNCTIONS.has(name) ? name : undefined;
}

/**
 * A readable scope for an expression at `offset`: its variable (`srv`, `client.Transport`), the
 * function that returns it (`newServer()`), or `fallback` (e.g. `http.Server literal at line 12`).
 */
export function scopeAt(
  masked: string,
  offset: number,
  language: CodeLanguage,
  fallback: string,
): string {
  const b = findBinding(masked, offset);
  const base =
    b.kind === 'var'
      ? b.name
      : b.kind === 'return'
        ? ((b.arrowAt !== undefined ? arrowName(masked, b.arrowAt) : undefined) ??
          findEnclosingFunction(masked, offset, language))
        : undefined;
  if (base === undefined) return fallback;
  return [base, ...b.fields].join('.');
}

/** `make` in `const make = (opts) => …` for the `=>` at `arrow`. */
function arrowName(masked: string, arrow: number): string | undefined {
  const head = masked.slice(Math.max(0, arrow - 300), arrow);
  const m =
    /([A-Za-z_$][\w$]*)\s*=\s*(?:async\s*)?(?:\([^()]*\)|[A-Za-z_$][\w$]*)\s*(?::[^=;(){}]*)?$/.exec(
      head,
    );
  return m?.[1] ? `${m[1]}()` : undefined;
}
