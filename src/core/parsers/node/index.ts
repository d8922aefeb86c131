import type { ParseContext, ParserDef, ParseResult, SourceFile } from '../types';
import { detectSafely, parseSafely } from '../code/safe';
import { CodeScan } from '../code/scan';
import { markProcess } from '../code/process';

const CLIENTS = ['node-agent', 'undici'];
import { extractAgents } from './agents';
import { extractImplicitClients } from './implicit-clients';
import { collectImports } from './imports';
import { extractFrameworks } from './frameworks';
import { extractServers } from './server';
import { collectJsNames } from './values';
import { importedModuleNames, importerOf } from './modules';

/**
 * Node.js code (JS/TS): the `http` server (`node-http-server`, also under Express, Koa, Fastify
 * and NestJS), `http.Agent` and agentkeepalive's `Agent`/`HttpsAgent` (`node-agent`) and undici
 * dispatchers (`undici`). Diagnostic codes: NODE_UNRESOLVED_EXPRESSION, NODE_AMBIGUOUS_AGENT,
 * NODE_AGENTKEEPALIVE_DEFAULTS, NODE_AGENTKEEPALIVE_ACTIVE_TIMEOUT, NODE_FASTIFY_DEFAULTS,
 * NODE_MODULE_SUPPLIES, NODE_INTERNAL_ERROR.
 */
export function parseNode(file: SourceFile, context?: ParseContext): ParseResult {
  return parseSafely('node', 'NODE', file, () => {
    const scan = new CodeScan(file, 'js');
    const files = context?.files ?? [];
    const node = {
      scan,
      names: collectJsNames(
        scan.text,
        scan.masked,
        importedModuleNames(file, scan.text, scan.masked, files),
      ),
      imports: collectImports(scan.text, scan.masked),
    };
    extractServers(node);
    extractFrameworks(node);
    extractAgents(node);
    extractImplicitClients(node);
    const nodes = markProcess(scan.nodes(), file.name, ['node-http-server'], CLIENTS);
    const importer = nodes.length === 0 ? importerOf(file, files) : undefined;
    if (importer !== undefined)
      scan.report(
        'NODE_MODULE_SUPPLIES',
        'info',
        `${file.name} holds no server or agent: it is a module ${importer} requires, read for the values it exports.`,
        0,
      );
    return { format: 'node', nodes, diagnostics: scan.diagnostics };
  });
}

const HTTP_IMPORT =
  /(?:require\s*\(\s*|\bfrom\s*|\bimport\s*\(\s*)['"](?:node:)?https?['"]|\b(?:from\s*|require\s*\(\s*)['"](?:undici|agentkeepalive|fastify|koa)['"]/;
/** `server.keepAliveTimeout = …` on a plain variable (not Spring's `server.tomcat.keepAliveTimeout=`). */
const ASSIGNMENT =
  /(?<![\w$.])[A-Za-z_$][\w$]*\s*\.\s*(?:keepAliveTimeout|headersTimeout|requestTimeout)\s*=(?!=)/;
const OPTION = /\bkeepAliveTimeout\s*:\s*[\w(]/;
const NODE_API =
  /\bcreateServer\s*\(|\bnew\s+(?:https?\.)?Agent\s*\(|\bexpress\s*\(\s*\)|\bsetGlobalDispatcher\s*\(|\.globalAgent\b|\bNestFactory\s*\.\s*create\b/;
const JS_SYNTAX =
  /\b(?:const|let|var)\s+[\w${]|=>|\brequire\s*\(|\bmodule\.exports\b|\bexport\s+(?:default|const|function)/;

/** Confidence 0..1 that `text` is Node.js code using http/undici; the file name is a hint. */
export function detectNode(text: string, fileName?: string): number {
  return detectSafely(() => {
    const head = text.slice(0, 200_000);
    let score = fileName && /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/i.test(fileName) ? 0.4 : 0;
    const js = JS_SYNTAX.test(head);
    const http = HTTP_IMPORT.test(head);
    if (http) score += 0.4;
    // `.keepAliveTimeout =` is Node's own spelling: a pasted one-liner is enough.
    if (ASSIGNMENT.test(head)) score += 0.5;
    else if (OPTION.test(head)) score += 0.2;
    if (NODE_API.test(head)) score += 0.2;
    if (js) score += 0.1;
    return js || score >= 0.4 ? Math.min(1, score) : Math.min(score, 0.2);
  });
}

export const nodeParser: ParserDef = {
  id: 'node',
  name: 'Node.js code (http, undici)',
  detect: detectNode,
  parse: (file, context) => parseNode(file, context),
};
