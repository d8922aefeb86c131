import type { SourceFile } from '../types';
import { findExpressionEnd } from '../code/brackets';
import { createNameTable, resolveConstants, type ConstantDecl } from '../code/constants';
import { maskCode } from '../code/mask';
import { collectJsNames, collectObject, evaluateJs } from './values';

/**
 * Local modules (`require('./config')`, `import { timeouts } from '../config.js'`) that were
 * pasted together with a file: the numbers they export, under the names the file binds them to
 * (`config.http.keepAliveTimeout`), so a value held in a config module resolves across files.
 */

const REQUIRE = /\b(?:const|let|var)\s+([^=;]+?)\s*=\s*require\s*\(\s*(['"])/g;
const IMPORT = /\bimport\s+(?!type\b)([^;]*?)\s*\bfrom\s*(['"])/g;
const EXPORT_OBJECT = /\bmodule\s*\.\s*exports\s*=(?!=)\s*|\bexport\s+default\s+/g;
const EXPORT_FIELD = /\b(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=(?!=)\s*/g;
const EXPORTED = '$exports';
/** Each parse reads the other files: only among a few of them. */
const MAX_SHARED_FILES = 16;

const isJsName = (name: string) => /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/i.test(name);

/** `./config/index.js` → `index`, `config`; `../lib/settings` → `settings`. */
function moduleBases(path: string): string[] {
  const parts = path.replace(/\\/g, '/').split('/');
  const last = (parts.pop() ?? '').replace(/\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/i, '');
  const parent = parts.pop();
  return last === 'index' && parent ? [last, parent] : [last];
}

/** Whether a specifier's bases and a file's bases name the same module. */
const sameModule = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** A relative specifier (`./config`) written at the quote `quote` of `text`. */
function specifierAt(text: string, masked: string, quote: number, mark: string): string {
  const close = masked.indexOf(mark, quote + 1);
  if (close < 0) return '';
  const spec = text.slice(quote + 1, close).trim();
  return spec.startsWith('./') || spec.startsWith('../') ? spec : '';
}

/** Each relative require/import of `file`: the clause as written and the module's base name. */
export function localImports(text: string, masked: string): { clause: string; bases: string[] }[] {
  const out: { clause: string; bases: string[] }[] = [];
  for (const re of [REQUIRE, IMPORT]) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const spec = specifierAt(text, masked, m.index + m[0].length - 1, m[2] ?? '');
      if (spec !== '' && m[1]) out.push({ clause: m[1], bases: moduleBases(spec) });
    }
  }
  return out;
}

/** The numbers a module exports, as `$exports.a.b` (module.exports / export default) or `name`. */
function moduleExports(file: SourceFile): Record<string, number> {
  const masked = maskCode(file.text, 'js');
  const own = collectJsNames(file.text, masked);
  const decls: ConstantDecl[] = [];
  EXPORT_OBJECT.lastIndex = 0;
  for (let m = EXPORT_OBJECT.exec(masked); m; m = EXPORT_OBJECT.exec(masked)) {
    const start = m.index + m[0].length;
    if (masked[start] === '{') collectObject(file.text, masked, EXPORTED, start, decls, 0);
    else {
      // `module.exports = config`: the exports are that object's fields.
      const alias = masked.slice(start, findExpressionEnd(masked, start, true)).trim();
      for (const name of Object.keys(own.numbers))
        if (name.startsWith(`${alias}.`))
          decls.push({ name: EXPORTED + name.slice(alias.length), expr: name });
    }
  }
  EXPORT_FIELD.lastIndex = 0;
  for (let m = EXPORT_FIELD.exec(masked); m; m = EXPORT_FIELD.exec(masked)) {
    const start = m.index + m[0].length;
    decls.push({
      name: `${EXPORTED}.${m[1] ?? ''}`,
      expr: masked.slice(start, findExpressionEnd(masked, start, true)),
    });
  }
  return { ...own.numbers, ...resolveConstants(decls, evaluateJs, own.numbers) };
}

/** The names a binding clause gives the module's numbers: `config`, `{ http, db: d }`. */
function bind(clause: string, exported: Record<string, number>, out: Record<string, number>) {
  const add = (from: string, to: string) => {
    for (const [name, value] of Object.entries(exported)) {
      const rest =
        name === from ? '' : name.startsWith(`${from}.`) ? name.slice(from.length) : null;
      if (rest !== null && !Object.hasOwn(out, to + rest)) out[to + rest] = value;
    }
  };
  const braces = /\{([^}]*)\}/.exec(clause);
  for (const part of braces?.[1]?.split(',') ?? []) {
    const m = /^\s*([\w$]+)\s*(?:(?:as|:)\s*([\w$]+))?\s*$/.exec(part);
    if (m?.[1]) {
      add(`${EXPORTED}.${m[1]}`, m[2] ?? m[1]);
      add(m[1], m[2] ?? m[1]);
    }
  }
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ');
  const whole = /^\s*(?:\*\s*as\s+)?([\w$]+)\s*$/.exec(outside)?.[1];
  if (whole) add(EXPORTED, whole);
}

/** The numbers `file` takes from the local modules pasted with it, under its own names. */
export function importedModuleNames(
  file: SourceFile,
  text: string,
  masked: string,
  files: readonly SourceFile[],
): Record<string, number> {
  const out = createNameTable();
  if (files.length > MAX_SHARED_FILES) return out;
  for (const { clause, bases } of localImports(text, masked)) {
    const module = files.find(
      (f) =>
        f !== file &&
        f.name !== file.name &&
        isJsName(f.name) &&
        sameModule(moduleBases(f.name), bases),
    );
    if (module) bind(clause, moduleExports(module), out);
  }
  return out;
}

/** The other pasted file that requires or imports `file`, if any (`server.js` for `config.js`). */
export function importerOf(file: SourceFile, files: readonly SourceFile[]): string | undefined {
  if (files.length > MAX_SHARED_FILES || !isJsName(file.name)) return undefined;
  const bases = moduleBases(file.name);
  return files.find(
    (f) =>
      f !== file &&
      f.name !== file.name &&
      isJsName(f.name) &&
      localImports(f.text, maskCode(f.text, 'js')).some((i) => sameModule(i.bases, bases)),
  )?.name;
}
