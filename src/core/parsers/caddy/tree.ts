import type { OffsetProblem } from '../../source/diagnostic';
import type { Token } from './lexer';

/** One line of a Caddyfile: its words, and the block it opens with a trailing `{`. */
export interface Directive {
  words: Token[];
  block?: Directive[];
  /** The `{` that opened the block (offsets for messages). */
  open?: Token;
}

export type TreeCode = 'CADDY_UNCLOSED_BLOCK' | 'CADDY_UNEXPECTED_CLOSE' | 'CADDY_TOO_DEEP';

/** Deeper blocks are read as words (no Caddyfile nests this deep; recursion stays bounded). */
export const MAX_DEPTH = 100;

const isBrace = (t: Token, brace: '{' | '}') => !t.quoted && t.text === brace;

/**
 * The directives of a token list: a newline ends a directive, `{` opens a block for the words
 * before it, `}` closes the innermost block. Unclosed blocks and stray `}` are reported and the
 * rest is still read. Iterative and linear.
 */
export function buildTree(tokens: readonly Token[]) {
  const problems: OffsetProblem<TreeCode>[] = [];
  const root: Directive[] = [];
  const stack: { list: Directive[]; owner?: Directive }[] = [{ list: root }];
  let current: Directive | undefined;
  let tooDeep = false;
  for (const t of tokens) {
    const top = stack[stack.length - 1] ?? { list: root };
    if (t.newLine) current = undefined;
    if (isBrace(t, '}')) {
      if (stack.length > 1) stack.pop();
      else
        problems.push({
          code: 'CADDY_UNEXPECTED_CLOSE',
          offset: t.start,
          message: '"}" closes no block',
        });
      current = undefined;
      continue;
    }
    if (isBrace(t, '{') && stack.length <= MAX_DEPTH) {
      const owner: Directive = current ?? { words: [] };
      if (!current) top.list.push(owner);
      owner.block = [];
      owner.open = t;
      stack.push({ list: owner.block, owner });
      current = undefined;
      continue;
    }
    if (isBrace(t, '{') && !tooDeep) {
      tooDeep = true;
      problems.push({
        code: 'CADDY_TOO_DEEP',
        offset: t.start,
        message: `blocks nest deeper than ${MAX_DEPTH} levels: the deeper ones are not read`,
      });
    }
    if (!current) {
      current = { words: [] };
      top.list.push(current);
    }
    current.words.push(t);
  }
  for (const open of stack.slice(1).reverse())
    problems.push({
      code: 'CADDY_UNCLOSED_BLOCK',
      offset: open.owner?.open?.start ?? 0,
      message: 'this block is not closed with "}"',
    });
  return { directives: root, problems };
}
