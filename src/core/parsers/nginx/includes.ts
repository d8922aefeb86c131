import type { SourceFile } from '../types';
import type { OffsetDiagnostic } from './diagnostics';
import { childContext, type Context } from './directives';
import { isGlob, isStockInclude, matchInclude } from './include-match';
import { buildTree, type NginxDirective, type NginxTree, type TreeOptions } from './tree';

export interface ExpandedConfig {
  /** The main file's directives with every resolvable `include` replaced by the included ones. */
  directives: NginxDirective[];
  diagnostics: OffsetDiagnostic[];
  /** Names of the files pulled in by `include`, in first-use order. */
  included: string[];
}

/** Deeper nesting than this is taken as a cycle (nginx itself has no limit but the stack). */
const MAX_DEPTH = 32;

/**
 * Parses `main` and splices in the files its `include` directives name, found among `files`
 * (by path tail and simple globs, see `matchInclude`). Missing files and cycles are diagnostics;
 * each included file is parsed once. Linear in the total size of the files used.
 */
export function expandIncludes(
  main: SourceFile,
  files: readonly SourceFile[],
  keep?: TreeOptions['keep'],
): ExpandedConfig {
  const byName = new Map(files.map((f) => [f.name, f]));
  byName.set(main.name, main);
  const names = [...byName.keys()];
  const trees = new Map<string, NginxTree>();
  const diagnostics: OffsetDiagnostic[] = [];
  const included: string[] = [];
  const parsed = new Set<string>();

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
    code: OffsetDiagnostic['code'],
    severity: OffsetDiagnostic['severity'],
    message: string,
  ) => diagnostics.push({ code, severity, message, file: d.file, start: d.start, end: d.end });

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
      const pattern = d.args[0]?.value;
      if (pattern === undefined || d.args.length > 1) {
        report(d, 'NGINX_BAD_ARGUMENTS', 'error', '"include" takes exactly one file name or mask');
        continue;
      }
      const glob = isGlob(pattern);
      // A glob that also matches an including file (nginx.conf for `*.conf`) skips it: no cycle.
      const matches = matchInclude(pattern, names).filter((m) => !glob || !stack.includes(m));
      if (matches.length === 0) {
        const quiet = glob || isStockInclude(pattern);
        report(
          d,
          'NGINX_INCLUDE_NOT_FOUND',
          quiet ? 'info' : 'warning',
          `included file "${pattern}" was not given; its settings are unknown`,
        );
        continue;
      }
      for (const name of matches) {
        if (stack.includes(name) || stack.length > MAX_DEPTH) {
          report(
            d,
            'NGINX_INCLUDE_CYCLE',
            'error',
            `"${name}" includes itself (through ${stack.join(' → ')})`,
          );
          continue;
        }
        if (!included.includes(name)) included.push(name);
        const tree = treeOf(name, context);
        for (const child of expand(tree.directives, [...stack, name], context)) out.push(child);
      }
    }
    return out ?? list;
  };

  const directives = expand(treeOf(main.name, 'main').directives, [main.name], 'main');
  return { directives, diagnostics, included };
}
