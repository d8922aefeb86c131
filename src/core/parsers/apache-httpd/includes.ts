import { perContext } from '../per-context';
import type { OffsetProblem } from '../../source/diagnostic';
import { createIncludeMatcher, isGlob } from '../nginx/include-match';
import type { SourceFile } from '../types';
import { lexApache, type LexCode, type Statement } from './lexer';

/** Bounds an include graph that fans out (each file including the next twice). */
const MAX_EXPANSIONS = 10_000;
/** httpd's own limit on nested includes (AP_MAX_INCLUDE_DEPTH in server/config.c). */
const MAX_DEPTH = 128;

export type IncludeCode =
  LexCode | 'APACHE_INCLUDE_NOT_GIVEN' | 'APACHE_INCLUDE_CYCLE' | 'APACHE_INCLUDE_TOO_DEEP';

/** A problem in one file of the include tree. */
export interface FileProblem {
  file: string;
  problem: OffsetProblem<IncludeCode>;
  severity: 'error' | 'warning' | 'info';
}

const parentOf = (path: string): string | undefined =>
  path.replace(/\\/g, '/').split('/').filter(Boolean).slice(-2, -1)[0];

/**
 * A glob with a directory (`conf.modules.d/*.conf`) names files in that directory only: a pasted
 * file of another directory, or given without one, is not what httpd would read.
 */
function inDirectoryOf(pattern: string, name: string): boolean {
  const dir = parentOf(pattern);
  if (!isGlob(pattern) || dir === undefined || isGlob(dir)) return true;
  return parentOf(name) === dir;
}

/** The files given together by name, and an include matcher over their names. */
const indexContext = perContext((files) => {
  const byName = new Map(files.map((f) => [f.name, f]));
  return { byName, match: createIncludeMatcher([...byName.keys()]) };
});

/**
 * The index of `files` with `main` among them: built once per import when `main` is one of the
 * files (as in the pipeline), else built for this call.
 */
export function indexFiles(main: SourceFile, files: readonly SourceFile[]) {
  const shared = indexContext(files);
  if (shared.byName.get(main.name) === main) return shared;
  const byName = new Map(shared.byName);
  byName.set(main.name, main);
  return { byName, match: createIncludeMatcher([...byName.keys()]) };
}

/**
 * The statements of `main` with each `Include` / `IncludeOptional` replaced by the statements of
 * the pasted files it names (a directory or glob names every file under it, sorted by name, as
 * httpd does). A file missing from the pasted ones is reported once (info for IncludeOptional)
 * and skipped; a file that includes itself again is reported and not expanded.
 */
export function expandIncludes(main: SourceFile, files: readonly SourceFile[]) {
  const { byName, match } = indexFiles(main, files);
  const lexed = new Map<string, ReturnType<typeof lexApache>>();
  const problems: FileProblem[] = [];
  const out: Statement[] = [];
  let expansions = 0;

  const lex = (f: SourceFile) => {
    let l = lexed.get(f.name);
    if (!l) {
      l = lexApache(f.name, f.text);
      lexed.set(f.name, l);
      for (const p of l.problems) problems.push({ file: f.name, problem: p, severity: 'error' });
    }
    return l.statements;
  };

  const visit = (file: SourceFile, stack: readonly string[]) => {
    for (const st of lex(file)) {
      const inc = st.kind === 'directive' && (st.key === 'include' || st.key === 'includeoptional');
      const arg = st.args[0];
      if (!inc || !arg) {
        out.push(st);
        continue;
      }
      const pattern = arg.text;
      let targets = match(pattern);
      if (targets.length === 0 && !isGlob(pattern))
        targets = match(`${pattern.replace(/\/+$/, '')}/*`);
      targets = targets.filter((t) => inDirectoryOf(pattern, t));
      if (targets.length === 0)
        problems.push({
          file: file.name,
          severity: st.key === 'includeoptional' ? 'info' : 'warning',
          problem: {
            code: 'APACHE_INCLUDE_NOT_GIVEN',
            offset: arg.start,
            message: `${pattern} is not among the given files: its settings are not read`,
          },
        });
      for (const name of targets) {
        const target = byName.get(name);
        if (!target || expansions >= MAX_EXPANSIONS) continue;
        if (stack.length >= MAX_DEPTH) {
          problems.push({
            file: file.name,
            severity: 'error',
            problem: {
              code: 'APACHE_INCLUDE_TOO_DEEP',
              offset: arg.start,
              message: `includes nested more than ${MAX_DEPTH} deep: ${name} is not read`,
            },
          });
          continue;
        }
        if (stack.includes(name)) {
          problems.push({
            file: file.name,
            severity: 'error',
            problem: {
              code: 'APACHE_INCLUDE_CYCLE',
              offset: arg.start,
              message: `${name} includes itself`,
            },
          });
          continue;
        }
        expansions++;
        visit(target, [...stack, name]);
      }
    }
  };
  visit(main, [main.name]);
  return { statements: out, problems };
}
