import { Composer, Parser, type Document } from 'yaml';
import type { CST } from 'yaml';

/**
 * Past this many junk tokens in one place (a run of 500 000 `"` after a key, 200 000 stray `]`),
 * yaml's composer spends seconds building one error object each. Real files have a handful.
 */
const TOKEN_BUDGET = 1000;

export interface BudgetedCompose {
  docs: Document.Parsed[];
  /** Offset of the first token left unread, when some were. */
  cutAt: number | undefined;
  /** How many tokens were left unread. */
  cut: number;
}

/**
 * yaml's `parseAllDocuments` (no unique-key check: the front end finds duplicates) with a budget: the concrete syntax tree (linear to build) is pruned of
 * stray error tokens past TOKEN_BUDGET and of over-long runs of tokens around one node, then
 * composed. Only junk is dropped: a mapping's keys and a sequence's items are never cut.
 */
export function composeWithinBudget(text: string): BudgetedCompose {
  const out: BudgetedCompose = { docs: [], cutAt: undefined, cut: 0 };
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  let errors = 0;
  const kept: CST.Token[] = [];
  for (const token of new Parser().parse(text)) {
    if (token.type === 'error' && ++errors > TOKEN_BUDGET) {
      drop(out, token.offset, 1);
      continue;
    }
    prune(token, out);
    kept.push(token);
  }
  for (const doc of composer.compose(kept)) out.docs.push(doc);
  return out;
}

const RUNS = ['start', 'end', 'sep'] as const;
/** Tokens a long run may legitimately hold (a long commented-out block): never cut. */
const LAYOUT = new Set(['comment', 'newline', 'space']);

/**
 * Cuts, in every `start`/`end`/`sep` run, the tokens past the budget other than comments and
 * line breaks; iterative (the tree can be deep).
 */
function prune(root: CST.Token, out: BudgetedCompose) {
  const stack: unknown[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    for (const name of RUNS) {
      const run = record[name];
      if (!Array.isArray(run)) continue;
      if (run.length > TOKEN_BUDGET) record[name] = cutRun(run as CST.SourceToken[], out);
      for (const t of record[name] as unknown[]) stack.push(t);
    }
    for (const name of ['key', 'value', 'start'] as const)
      if (!Array.isArray(record[name])) stack.push(record[name]);
    if (Array.isArray(record['items'])) for (const item of record['items']) stack.push(item);
  }
}

function cutRun(run: CST.SourceToken[], out: BudgetedCompose): CST.SourceToken[] {
  let other = 0;
  return run.filter((t) => {
    if (LAYOUT.has(t.type) || ++other <= TOKEN_BUDGET) return true;
    drop(out, t.offset, 1);
    return false;
  });
}

function drop(out: BudgetedCompose, offset: number, n: number) {
  out.cutAt ??= offset;
  out.cut += n;
}
