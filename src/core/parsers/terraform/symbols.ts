import type { SourceFile } from '../types';
import type { Namespace, Resolve } from './evaluate';
import { lexHcl, type Token } from './lexer';
import { readObjectLiteral } from './object-literal';
import { parseHcl, type Attribute, type Body } from './tree';

/** Where a variable or local got its value (for messages). */
export interface Binding {
  expr: Token[];
  file: string;
  offset: number;
  text: string;
}

/** Name → where it got its value. */
interface Table {
  vars: Map<string, Binding>;
  locals: Map<string, Binding>;
}

/** Lookups of variables and locals (layered: tfvars, the file itself, then the module). */
export interface Symbols {
  vars: { get(name: string): Binding | undefined };
  locals: { get(name: string): Binding | undefined };
}

/** `*.tfvars`, or its JSON form `*.tfvars.json` (one object: variable name → value). */
export const isTfvars = (name: string) => /\.tfvars(\.json)?$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);
const mayHoldSymbols = (f: SourceFile) =>
  /\.tf$/i.test(f.name) || /\bvariable\s+"|\blocals\s*\{/.test(f.text);

/**
 * The module-wide tables of the files given together: an import parses every file with all the
 * files as context, so they are built once per context (not once per file: that was quadratic).
 */
const modules = new WeakMap<readonly SourceFile[], { module: Table; tfvars: Table }>();

function moduleTables(files: readonly SourceFile[]): { module: Table; tfvars: Table } {
  let tables = modules.get(files);
  if (tables) return tables;
  const module: Table = { vars: new Map(), locals: new Map() };
  for (const file of files)
    if (!isTfvars(file.name) && !isJson(file.name) && mayHoldSymbols(file))
      addModuleSymbols(module, file, parseHcl(lexHcl(file.text).tokens).body);
  // tfvars files override variable defaults, in Terraform's load order (later wins).
  const tfvars: Table = { vars: new Map(), locals: new Map() };
  for (const file of orderTfvars(files))
    for (const attr of tfvarsAttributes(file))
      tfvars.vars.set(attr.name, {
        expr: attr.expr,
        file: file.name,
        offset: attr.nameStart,
        text: file.text,
      });
  tables = { module, tfvars };
  modules.set(files, tables);
  return tables;
}

/**
 * Variables (`variable "x" { default = … }`, overridden by `*.tfvars`) and `locals {}` from every
 * file given together, treated as one module; the parsed file's own definitions come first.
 */
export function collectSymbols(
  current: SourceFile,
  body: Body,
  files: readonly SourceFile[],
): Symbols {
  const own: Table = { vars: new Map(), locals: new Map() };
  addModuleSymbols(own, current, body);
  const { module, tfvars } = moduleTables(files);
  // A tfvars file parsed on its own is not overridden by itself.
  const overrides = isTfvars(current.name) ? undefined : tfvars;
  return {
    vars: { get: (n) => overrides?.vars.get(n) ?? own.vars.get(n) ?? module.vars.get(n) },
    locals: { get: (n) => own.locals.get(n) ?? module.locals.get(n) },
  };
}

function addModuleSymbols(symbols: Table, file: SourceFile, body: Body) {
  for (const block of body.blocks) {
    const label = block.labels[0];
    if (block.type === 'variable' && label !== undefined && !symbols.vars.has(label)) {
      const def = block.body.attributes.find((a) => a.name === 'default');
      if (def)
        symbols.vars.set(label, {
          expr: def.expr,
          file: file.name,
          offset: def.nameStart,
          text: file.text,
        });
    } else if (block.type === 'locals')
      for (const attr of block.body.attributes)
        if (!symbols.locals.has(attr.name))
          symbols.locals.set(attr.name, {
            expr: attr.expr,
            file: file.name,
            offset: attr.nameStart,
            text: file.text,
          });
  }
}

/**
 * Terraform's load order of variable values, later wins (docs, "Variable definition precedence"):
 * terraform.tfvars(.json), then *.auto.tfvars(.json) in lexical order of their names, then the
 * -var-file files (any other name: a file given explicitly, in the order given).
 */
const rankTfvars = (name: string) =>
  /(^|\/)terraform\.tfvars(\.json)?$/i.test(name)
    ? 0
    : /\.auto\.tfvars(\.json)?$/i.test(name)
      ? 1
      : 2;

function orderTfvars(files: readonly SourceFile[]): SourceFile[] {
  return files
    .filter((f) => isTfvars(f.name))
    .map((f, i) => ({ f, i, rank: rankTfvars(f.name) }))
    .sort((a, b) => a.rank - b.rank || (a.rank === 1 ? cmp(a.f.name, b.f.name) : a.i - b.i))
    .map((x) => x.f);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `name = value` lines of a tfvars file; of a `.tfvars.json`, its object's members. */
export function tfvarsAttributes(file: SourceFile): Attribute[] {
  const tokens = lexHcl(file.text).tokens;
  if (!isJson(file.name)) return parseHcl(tokens).body.attributes;
  const entries = readObjectLiteral(tokens.filter((t) => t.kind !== 'newline'));
  return entries.map((e) => ({ name: e.key, nameStart: e.keyStart, expr: e.expr }));
}

export function makeResolver(symbols: Symbols): Resolve {
  return (ns: Namespace, name: string) =>
    (ns === 'var' ? symbols.vars : symbols.locals).get(name)?.expr;
}
