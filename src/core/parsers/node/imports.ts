/**
 * Which local names come from `http`/`https`, `undici`, `agentkeepalive` or `fastify`:
 * `import http from 'node:http'`, `import * as undici from 'undici'`,
 * `import { Agent as UndiciAgent, setGlobalDispatcher } from 'undici'`,
 * `const { Agent } = require('https')`, `const http = require('http')`.
 */
export type ModuleKind = 'http' | 'undici' | 'agentkeepalive' | 'fastify';

export interface ImportedName {
  kind: ModuleKind;
  /** `*` for the module object itself, else the exported name (`Agent`, `Pool`). */
  exported: string;
}

const IMPORT = /\bimport\s+(?:type\s+)?([^;]*?)\s*\bfrom\s*(['"])/g;
const REQUIRE = /\b(?:const|let|var)\s+([^=;]+?)\s*=\s*(?:await\s+)?require\s*\(\s*(['"])/g;
const DYNAMIC = /\b(?:const|let|var)\s+([^=;]+?)\s*=\s*await\s+import\s*\(\s*(['"])/g;

/** The module kind of a specifier (`node:http`, `https`, `undici`), or undefined for others. */
export function moduleKind(specifier: string): ModuleKind | undefined {
  if (/^(?:node:)?https?$/.test(specifier)) return 'http';
  if (specifier === 'undici') return 'undici';
  if (specifier === 'agentkeepalive') return 'agentkeepalive';
  if (specifier === 'fastify') return 'fastify';
  return undefined;
}

/**
 * Local names bound to `http`/`https`/`undici`/`agentkeepalive` exports in this file
 * (`agentkeepalive`'s module object is its `Agent` class; `HttpsAgent` is a property of it).
 */
export function collectImports(text: string, masked: string): Map<string, ImportedName> {
  const names = new Map<string, ImportedName>();
  for (const re of [IMPORT, REQUIRE, DYNAMIC]) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      const quote = m.index + m[0].length - 1;
      const close = masked.indexOf(m[2] ?? '', quote + 1);
      if (close < 0) continue;
      const kind = moduleKind(text.slice(quote + 1, close).trim());
      if (kind && m[1]) bindClause(m[1], kind, names);
    }
  }
  return names;
}

/** `http`, `* as http`, `{ Agent, Pool as P }`, `{ Agent: A }`, `http, { Agent }`. */
function bindClause(clause: string, kind: ModuleKind, names: Map<string, ImportedName>): void {
  const braces = /\{([^}]*)\}/.exec(clause);
  if (braces?.[1])
    for (const part of braces[1].split(',')) {
      const m = /^\s*(?:type\s+)?([\w$]+)\s*(?:(?:as|:)\s*([\w$]+))?\s*$/.exec(part);
      if (m?.[1]) names.set(m[2] ?? m[1], { kind, exported: m[1] });
    }
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ');
  const star = /\*\s*as\s+([\w$]+)/.exec(outside);
  if (star?.[1]) names.set(star[1], { kind, exported: '*' });
  else {
    const plain = /^\s*([\w$]+)\s*$/.exec(outside);
    if (plain?.[1]) names.set(plain[1], { kind, exported: '*' });
  }
}
