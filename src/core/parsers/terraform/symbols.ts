import type { SourceFile } from '../types';
import type { Namespace, Resolve } from './evaluate';
import { lexHcl, type Token } from './lexer';
import { parseHcl, type Body } from './tree';

/** Where a variable or local got its value (for messages). */
export interface Binding {
  expr: Token[];
  file: string;
  offset: number;
  text: string;
}

export interface Symbols {
  vars: Map<string, Binding>;
  locals: Map<string, Binding>;
}

const isTfvars = (name: string) => /\.tfvars$/i.test(name);
const mayHoldSymbols = (f: SourceFile) =>
  /\.tf$/i.test(f.name) || /\bvariable\s+"|\blocals\s*\{/.test(f.text);

/**
 * Variables (`variable "x" { default = … }`, overridden by `*.tfvars`) and `locals {}` from every
 * file given together, treated as one module.
 */
export function collectSymbols(
  current: SourceFile,
  body: Body,
  files: readonly SourceFile[],
): Symbols {
  const symbols: Symbols = { vars: new Map(), locals: new Map() };
  const others = files.filter((f) => f !== current && f.name !== current.name);
  const modules = [current, ...others.filter((f) => !isTfvars(f.name) && mayHoldSymbols(f))];
  for (const file of modules)
    addModuleSymbols(
      symbols,
      file,
      file === current ? body : parseHcl(lexHcl(file.text).tokens).body,
    );
  // tfvars files override variable defaults; `*.auto.tfvars` load after terraform.tfvars.
  const tfvars = others
    .filter((f) => isTfvars(f.name))
    .sort((a, b) => rankTfvars(a.name) - rankTfvars(b.name));
  for (const file of tfvars)
    for (const attr of parseHcl(lexHcl(file.text).tokens).body.attributes)
      symbols.vars.set(attr.name, {
        expr: attr.expr,
        file: file.name,
        offset: attr.nameStart,
        text: file.text,
      });
  return symbols;
}

function addModuleSymbols(symbols: Symbols, file: SourceFile, body: Body) {
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

const rankTfvars = (name: string) => (/\.auto\.tfvars$/i.test(name) ? 1 : 0);

export function makeResolver(symbols: Symbols): Resolve {
  return (ns: Namespace, name: string) =>
    (ns === 'var' ? symbols.vars : symbols.locals).get(name)?.expr;
}
