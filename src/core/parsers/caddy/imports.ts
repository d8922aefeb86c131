import type { OffsetProblem } from '../../source/diagnostic';
import { createIncludeMatcher } from '../nginx/include-match';
import type { SourceFile } from '../types';
import { lexCaddyfile, type LexCode, type Token } from './lexer';
import { buildTree, type Directive, type TreeCode } from './tree';

/** Bounds fan-out (a snippet importing another twice, n levels deep). */
const MAX_DIRECTIVES = 50_000;
/** Imports nested deeper than this are not followed. */
const MAX_IMPORT_DEPTH = 32;

export type ImportCode =
  LexCode | TreeCode | 'CADDY_IMPORT_NOT_GIVEN' | 'CADDY_IMPORT_CYCLE' | 'CADDY_IMPORT_TOO_LARGE';

export interface FileProblem {
  file: string;
  problem: OffsetProblem<ImportCode>;
  severity: 'error' | 'warning' | 'info';
}

const SNIPPET = /^\(([^()\s]+)\)$/;

/** `{args[0]}` / `{args.0}` in a snippet, replaced by the import's arguments. */
function substituteArgs(t: Token, args: readonly Token[]): Token {
  if (args.length === 0 || !t.text.includes('{args')) return t;
  const text = t.text.replace(
    /\{args(?:\[(\d{1,3})\]|\.(\d{1,3}))\}/g,
    (all, a?: string, b?: string) => {
      const arg = args[Number(a ?? b)];
      return arg ? arg.text : all;
    },
  );
  return { ...t, text };
}

/**
 * The directives of `main` with every `import` replaced: by the body of a snippet `(name) { … }`
 * defined before it (as Caddy reads them, in order, with `{args[n]}` filled in), else by the
 * top-level directives of the pasted files its path or glob names. An import that names neither
 * is reported and skipped; an import cycle is reported and not followed. Snippet definitions are
 * removed from the result.
 */
export function expandImports(main: SourceFile, files: readonly SourceFile[]) {
  // Built on the first import only: a file without imports costs nothing per other pasted file.
  let byName: Map<string, SourceFile> | undefined;
  let matcher: ((pattern: string) => string[]) | undefined;
  const lookup = () => {
    if (!byName) {
      byName = new Map(files.map((f) => [f.name, f]));
      byName.set(main.name, main);
      matcher = createIncludeMatcher([...byName.keys()]);
    }
    return { files: byName, match: matcher ?? (() => []) };
  };
  const problems: FileProblem[] = [];
  const snippets = new Map<string, Directive[]>();
  const trees = new Map<string, Directive[]>();
  let produced = 0;
  let tooLarge = false;

  const treeOf = (f: SourceFile): Directive[] => {
    let tree = trees.get(f.name);
    if (tree) return tree;
    const lexed = lexCaddyfile(f.name, f.text);
    const built = buildTree(lexed.tokens);
    for (const p of [...lexed.problems, ...built.problems])
      problems.push({ file: f.name, problem: p, severity: 'error' });
    trees.set(f.name, (tree = built.directives));
    return tree;
  };

  const expand = (
    list: readonly Directive[],
    stack: readonly string[],
    args: readonly Token[],
    topLevel: boolean,
  ): Directive[] => {
    const out: Directive[] = [];
    for (const d of list) {
      if (produced >= MAX_DIRECTIVES) {
        if (!tooLarge && d.words[0])
          problems.push({
            file: d.words[0].file,
            severity: 'error',
            problem: {
              code: 'CADDY_IMPORT_TOO_LARGE',
              offset: d.words[0].start,
              message: `imports expand to more than ${MAX_DIRECTIVES} directives: the rest is not read`,
            },
          });
        tooLarge = true;
        break;
      }
      produced++;
      const [first, target, ...rest] = d.words.map((w) => substituteArgs(w, args));
      const snippet =
        topLevel && first && !first.quoted && d.words.length === 1 && d.block
          ? SNIPPET.exec(first.text)
          : null;
      if (snippet?.[1] && d.block) {
        snippets.set(snippet[1], d.block);
        continue;
      }
      if (first?.text !== 'import' || first.quoted || !target) {
        const words = d.words.map((w) => substituteArgs(w, args));
        const block = d.block ? expand(d.block, stack, args, false) : undefined;
        out.push({ ...d, words, ...(block ? { block } : {}) });
        continue;
      }
      out.push(...importTarget(target, rest, stack, topLevel));
    }
    return out;
  };

  const importTarget = (
    target: Token,
    args: readonly Token[],
    stack: readonly string[],
    topLevel: boolean,
  ): Directive[] => {
    const key = `(${target.text})`;
    const body = snippets.get(target.text);
    if (body) {
      if (stack.includes(key) || stack.length > MAX_IMPORT_DEPTH) return cycle(target, target.text);
      return expand(body, [...stack, key], args, false);
    }
    const { files: known, match } = lookup();
    const names = match(target.text);
    if (names.length === 0) {
      problems.push({
        file: target.file,
        severity: 'warning',
        problem: {
          code: 'CADDY_IMPORT_NOT_GIVEN',
          offset: target.start,
          message: `${target.text} is neither a snippet defined above nor among the given files: its settings are not read`,
        },
      });
      return [];
    }
    const out: Directive[] = [];
    for (const name of names) {
      const f = known.get(name);
      if (!f) continue;
      if (stack.includes(name) || stack.length > MAX_IMPORT_DEPTH) out.push(...cycle(target, name));
      else out.push(...expand(treeOf(f), [...stack, name], args, topLevel));
    }
    return out;
  };

  const cycle = (at: Token, name: string): Directive[] => {
    problems.push({
      file: at.file,
      severity: 'error',
      problem: { code: 'CADDY_IMPORT_CYCLE', offset: at.start, message: `${name} imports itself` },
    });
    return [];
  };

  const directives = expand(treeOf(main), [main.name], [], true);
  return { directives, problems };
}
