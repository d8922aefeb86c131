import type { OffsetProblem } from '../../source/diagnostic';
import type { Token } from './lexer';

/**
 * HCL structure with offsets: a body holds attributes (`name = expr`) and blocks
 * (`type "label" … { body }`). Expressions stay as token lists; `evaluate.ts` reads them.
 */
export interface Attribute {
  name: string;
  nameStart: number;
  /** The expression's tokens (newlines inside brackets dropped). */
  expr: Token[];
}

export interface Block {
  type: string;
  typeStart: number;
  labels: string[];
  body: Body;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export type TreeProblemCode = 'UNEXPECTED_TOKEN' | 'UNTERMINATED_BLOCK' | 'MISSING_VALUE';

export type TreeProblem = OffsetProblem<TreeProblemCode>;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const MAX_DEPTH = 64;

/** Builds the block tree. Recovers after errors by skipping to the end of the line. */
export function parseHcl(tokens: readonly Token[]): { body: Body; problems: TreeProblem[] } {
  const problems: TreeProblem[] = [];
  const state = { pos: 0 };
  const body = parseBody(tokens, state, problems, 0);
  while (state.pos < tokens.length) {
    // A stray `}` at the top level: report it and go on with the rest.
    const t = tokens[state.pos];
    if (t)
      problems.push({
        code: 'UNEXPECTED_TOKEN',
        offset: t.start,
        message: `Unexpected "${t.text}"`,
      });
    state.pos++;
    const more = parseBody(tokens, state, problems, 0);
    // No spread: a long tail of attributes must not overflow the argument stack.
    for (const a of more.attributes) body.attributes.push(a);
    for (const b of more.blocks) body.blocks.push(b);
  }
  return { body, problems };
}

function parseBody(
  tokens: readonly Token[],
  s: { pos: number },
  problems: TreeProblem[],
  depth: number,
): Body {
  const body: Body = { attributes: [], blocks: [] };
  while (s.pos < tokens.length) {
    const t = tokens[s.pos];
    if (!t) break;
    if (t.kind === 'newline' || (t.kind === 'punct' && t.text === ',')) {
      s.pos++;
      continue;
    }
    if (t.kind === 'punct' && t.text === '}') return body;
    if ((t.kind !== 'ident' && t.kind !== 'string') || depth >= MAX_DEPTH) {
      problems.push({
        code: 'UNEXPECTED_TOKEN',
        offset: t.start,
        message: `Unexpected "${t.text.slice(0, 20)}"`,
      });
      const before = s.pos;
      skipLine(tokens, s);
      if (s.pos === before) s.pos++;
      continue;
    }
    const next = tokens[s.pos + 1];
    if (next?.kind === 'punct' && (next.text === '=' || next.text === ':')) {
      s.pos += 2;
      const expr = readExpression(tokens, s);
      if (expr.length === 0)
        problems.push({
          code: 'MISSING_VALUE',
          offset: next.start,
          message: `${t.text} = needs a value`,
        });
      body.attributes.push({ name: t.text, nameStart: t.start, expr });
      continue;
    }
    const block = readBlockHeader(tokens, s);
    if (!block) {
      problems.push({
        code: 'UNEXPECTED_TOKEN',
        offset: t.start,
        message: `Expected "=" or a block after ${t.text.slice(0, 40)}`,
      });
      skipLine(tokens, s);
      continue;
    }
    block.body = parseBody(tokens, s, problems, depth + 1);
    if (tokens[s.pos]?.text === '}') s.pos++;
    else
      problems.push({
        code: 'UNTERMINATED_BLOCK',
        offset: t.start,
        message: `Block ${t.text} is not closed with }`,
      });
    body.blocks.push(block);
  }
  return body;
}

/** `type "label" ident {` → a block whose body starts after `{`; undefined if no `{` follows. */
function readBlockHeader(tokens: readonly Token[], s: { pos: number }): Block | undefined {
  const first = tokens[s.pos];
  if (!first || first.kind !== 'ident') return undefined;
  const labels: string[] = [];
  let p = s.pos + 1;
  for (let t = tokens[p]; t && (t.kind === 'string' || t.kind === 'ident'); t = tokens[++p])
    labels.push(t.text);
  if (tokens[p]?.text !== '{' || tokens[p]?.kind !== 'punct') return undefined;
  s.pos = p + 1;
  return { type: first.text, typeStart: first.start, labels, body: { attributes: [], blocks: [] } };
}

/** Tokens up to the end of the line (or a `}` / `,` closing the enclosing body), brackets balanced. */
function readExpression(tokens: readonly Token[], s: { pos: number }): Token[] {
  const out: Token[] = [];
  let depth = 0;
  while (s.pos < tokens.length) {
    const t = tokens[s.pos];
    if (!t) break;
    if (
      depth === 0 &&
      (t.kind === 'newline' || (t.kind === 'punct' && (t.text === '}' || t.text === ',')))
    )
      break;
    if (t.kind === 'punct' && OPEN.has(t.text)) depth++;
    else if (t.kind === 'punct' && CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
    s.pos++;
    if (t.kind !== 'newline') out.push(t);
  }
  return out;
}

function skipLine(tokens: readonly Token[], s: { pos: number }) {
  let depth = 0;
  while (s.pos < tokens.length) {
    const t = tokens[s.pos];
    if (!t) break;
    if (t.kind === 'punct' && OPEN.has(t.text)) depth++;
    if (t.kind === 'punct' && CLOSE.has(t.text)) {
      if (depth === 0) return;
      depth--;
    }
    if (t.kind === 'newline' && depth === 0) return;
    s.pos++;
  }
}
