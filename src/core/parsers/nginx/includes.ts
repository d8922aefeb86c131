import type { SourceFile } from '../types';
import type { NginxSpanDiagnostic } from './diagnostics';
import { childContext, type Context } from './directives';
import {
  createIncludeMatcher,
  isGlob,
  isStockInclude,
  isStockProxyParams,
  STOCK_PROXY_PARAMS_HEADERS,
} from './include-match';
import { buildTree, type NginxDirective, type NginxTree, type TreeOptions } from './tree';
import { detectNginx } from './detect';

/** How sure detection must be that a file matched by an include glob is nginx. */
const GLOB_MIN_CONFIDENCE = 0.3;

export interface ExpandedConfig {
  /** The main file's directives with every resolvable `include` replaced by the included ones. */
  directives: NginxDirective[];
  diagnostics: NginxSpanDiagnostic[];
  /** Names of the files pulled in by `include`, in first-use order. */
  included: string[];
}

/** Deeper nesting than this is taken as a cycle (nginx itself has no limit but the stack). */
const MAX_DEPTH = 32;
/**
 * The most files spliced in, and the most text they hold together: a file included twice by a
 * file included twice… doubles at each level, which nginx would expand too (and take as long).
 */
export const INCLUDE_BUDGET = { expansions: 10_000, chars: 10_000_000 };

/** The files given together, by name, and a matcher for include patterns among them. */
export interface FileIndex {
  byName: ReadonlyMap<string, SourceFile>;
  match: (pattern: string) => string[];
}

/**
 * An import parses every file with all the files given together as context: the index of that
 * context is built once per context (not once per file), or the import would be quadratic.
 */
const indexes = new WeakMap<readonly SourceFile[], FileIndex>();

/** The index of `files` with `main` among them (cached when `main` is one of `files`). */
export function indexFiles(main: SourceFile, files: readonly SourceFile[]): FileIndex {
  const cached = indexes.get(files);
  if (cached && cached.byName.get(main.name) === main) return cached;
  const byName = new Map(files.map((f) => [f.name, f]));
  const own = byName.get(main.name) === main;
  byName.set(main.name, main);
  const index = { byName, match: createIncludeMatcher([...byName.keys()]) };
  if (own) indexes.set(files, index);
  return index;
}

/**
 * Parses `main` and splices in the files its `include` directives name, found among `files`
 * (by path tail and simple globs, see `createIncludeMatcher`). Missing files and cycles are
 * diagnostics; an `include` left unresolved stays in the tree (the model reads where settings may
 * be missing). Each included file is parsed once per context; splicing stops, with a diagnostic,
 * past `INCLUDE_BUDGET`. Linear in the total size of the files used and of the spliced result.
 */
export function expandIncludes(
  main: SourceFile,
  files: readonly SourceFile[],
  keep?: TreeOptions['keep'],
): ExpandedConfig {
  const { byName, match } = indexFiles(main, files);
  const trees = new Map<string, NginxTree>();
  const nginxLike = new Map<string, boolean>();
  const looksLikeNginx = (name: string): boolean => {
    let yes = nginxLike.get(name);
    if (yes === undefined) {
      yes = detectNginx(byName.get(name)?.text ?? '', name) >= GLOB_MIN_CONFIDENCE;
      nginxLike.set(name, yes);
    }
    return yes;
  };
  const diagnostics: NginxSpanDiagnostic[] = [];
  const included = new Set<string>();
  const parsed = new Set<string>();
  /** Include problems already reported: a file spliced in twice reports its includes once. */
  const reported = new Set<string>();
  let expansions = 0;
  let chars = 0;
  let overBudget = false;

  /**
   * A file's tree, parsed once per context it is included in (directives left out of the tree
   * are checked against that context); its own problems are reported once.
   */
  const treeOf = (name: string, context: Context): NginxTree => {
    const key = keep ? `${context}\u0000${name}` : name;
    let tree = trees.get(key);
    if (!tree) {
      tree = buildTree(byName.get(name)?.text ?? '', name, keep ? { keep, context } : {});
      trees.set(key, tree);
      if (!parsed.has(name)) for (const d of tree.diagnostics) diagnostics.push(d);
      parsed.add(name);
      for (const d of tree.contextDiagnostics) diagnostics.push(d);
    }
    return tree;
  };
  const report = (
    d: NginxDirective,
    code: NginxSpanDiagnostic['code'],
    severity: NginxSpanDiagnostic['severity'],
    message: string,
  ): void => {
    const key = `${code}\u0000${d.file}\u0000${d.start}`;
    if (reported.has(key)) return;
    reported.add(key);
    diagnostics.push({ code, severity, message, file: d.file, start: d.start, end: d.end });
  };

  /** The list with includes spliced in; the very same array (nothing copied) when none is. */
  const expand = (
    list: NginxDirective[],
    stack: readonly string[],
    context: Context,
  ): NginxDirective[] => {
    let out: NginxDirective[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      if (!d) continue;
      if (d.name !== 'include' || d.children) {
        const children =
          d.children && !d.opaque
            ? expand(d.children, stack, childContext(context, d.name))
            : undefined;
        if (children === undefined || children === d.children) out?.push(d);
        else (out ??= list.slice(0, i)).push({ ...d, children });
        continue;
      }
      out ??= list.slice(0, i);
      const pattern = d.args[0];
      if (pattern === undefined || d.args.length > 1) {
        report(d, 'NGINX_BAD_ARGUMENTS', 'error', '"include" takes exactly one file name or mask');
        continue;
      }
      const glob = isGlob(pattern);
      // A glob that also matches an including file (nginx.conf for `*.conf`) skips it: no cycle.
      // Given files carry no directories: a glob (sites-enabled/*) takes only the nginx ones,
      // not the app's server.js given beside them.
      const matches = match(pattern).filter(
        (m) => !glob || (!stack.includes(m) && looksLikeNginx(m)),
      );
      if (matches.length === 0) {
        const quiet = glob || isStockInclude(pattern);
        report(
          d,
          'NGINX_INCLUDE_NOT_FOUND',
          quiet ? 'info' : 'warning',
          isStockProxyParams(pattern)
            ? `included file "${pattern}" was not given: read as Debian/Ubuntu's stock proxy_params (proxy_set_header ${STOCK_PROXY_PARAMS_HEADERS.join(', ')}; no Connection header); give the file if yours differs`
            : isStockInclude(pattern)
              ? `included file "${pattern}" was not given: read as the stock file nginx ships under that name, which sets no keep-alive setting; give the file if yours differs`
              : `included file "${pattern}" was not given; its settings are unknown`,
        );
        out.push(d);
        continue;
      }
      for (const name of matches) {
        if (overBudget || !spend(name)) {
          report(
            d,
            'NGINX_INCLUDE_BUDGET',
            'error',
            `includes expand to more than ${INCLUDE_BUDGET.expansions} files or ${INCLUDE_BUDGET.chars} characters; "${name}" and later includes were not read`,
          );
          out.push(d);
          break;
        }
        if (stack.includes(name) || stack.length > MAX_DEPTH) {
          report(
            d,
            'NGINX_INCLUDE_CYCLE',
            'error',
            `"${name}" includes itself (through ${stack.join(' → ')})`,
          );
          continue;
        }
        included.add(name);
        const tree = treeOf(name, context);
        const spliced = tree.hasIncludes
          ? expand(tree.directives, [...stack, name], context)
          : tree.directives;
        for (const child of spliced) out.push(child);
      }
    }
    return out ?? list;
  };

  const root = treeOf(main.name, 'main');
  // A file with no `include` (most large ones) is its own expansion: no walk over its tree.
  const directives = root.hasIncludes
    ? expand(root.directives, [main.name], 'main')
    : root.directives;
  return { directives, diagnostics, included: [...included] };

  /** Counts one file spliced in; false (and no more splicing) once the budget is spent. */
  function spend(name: string): boolean {
    expansions++;
    chars += byName.get(name)?.text.length ?? 0;
    overBudget = expansions > INCLUDE_BUDGET.expansions || chars > INCLUDE_BUDGET.chars;
    return !overBudget;
  }
}
