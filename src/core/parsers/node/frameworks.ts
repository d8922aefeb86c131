import { scopeAt } from '../code/binding';
import { readArguments, readObjectEntries, type ObjectEntry } from '../code/objects';
import { serverSetting } from './server';
import { writeUnreadServerOptions } from './unread-options';
import { writeJsSetting, type NodeScan } from './write';

/*
 * Web frameworks that own their Node `http` server: Express and Koa (`app.listen()` is a plain
 * `http.createServer` at Node's defaults), Fastify (its own defaults) and NestJS (Express or, with
 * a FastifyAdapter, Fastify underneath).
 */

/**
 * Fastify's factory options that set the server, and Fastify's defaults for them (Fastify docs,
 * Reference/Server: keepAliveTimeout "Default: 72000", requestTimeout "Default: 0 (no limit)";
 * maxRequestsPerSocket defaults to 0 like Node's).
 */
const FASTIFY_DEFAULTS: readonly { option: string; value: number }[] = [
  { option: 'keepAliveTimeout', value: 72_000 },
  { option: 'requestTimeout', value: 0 },
];
const FASTIFY_OPTIONS = ['keepAliveTimeout', 'requestTimeout', 'maxRequestsPerSocket'];

const INLINE_REQUIRE = /(?<![\w$.])require\s*\(\s*['"][^'"\n]*['"]\s*\)\s*\(/g;
const NEST_CREATE = /(?<![\w$.])NestFactory\s*\.\s*create\s*(?:<[^<>()]*>)?\s*\(/g;
const FASTIFY_ADAPTER = /(?<![\w$.])new\s+FastifyAdapter\s*\(/;
const LISTEN = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*listen\s*\(/g;
const LISTENING_APP =
  /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:express\s*\(\s*\)|new\s+Koa\s*\()/g;

/** Fastify, NestJS, and Express/Koa `app.listen()` servers. */
export function extractFrameworks(node: NodeScan): void {
  extractFastify(node);
  extractNest(node);
  extractAppListen(node);
}

/** `Fastify({ … })`, `fastify()`, `require('fastify')({ … })`: the server Fastify creates. */
function extractFastify(node: NodeScan): void {
  const { scan } = node;
  const names = [...node.imports]
    .filter(([, i]) => i.kind === 'fastify' && (i.exported === '*' || i.exported === 'fastify'))
    .map(([name]) => name.replace(/\$/g, '\\$'));
  const calls: { at: number; open: number; written: string }[] = [];
  if (names.length > 0) {
    const factory = new RegExp(String.raw`(?<![\w$.])(${names.join('|')})\s*\(`, 'g');
    for (const m of scan.matches(factory))
      calls.push({ at: m.index, open: m.index + m[0].length - 1, written: m[1] ?? '' });
  }
  for (const m of scan.matches(INLINE_REQUIRE)) {
    const quote = m.index + m[0].search(/['"]/);
    const spec = scan.text.slice(
      quote + 1,
      scan.masked.indexOf(m[0][quote - m.index] ?? '', quote + 1),
    );
    if (spec === 'fastify')
      calls.push({ at: m.index, open: m.index + m[0].length - 1, written: "require('fastify')" });
  }
  for (const call of calls) {
    const { line } = scan.position(call.at);
    const scope = scopeAt(scan.masked, call.at, 'js', `fastify at line ${line}`);
    // `app.server` is the http.Server, where later `app.server.keepAliveTimeout = …` lands.
    const server = /^[A-Za-z_$][\w$]*$/.test(scope) ? `${scope}.server` : scope;
    writeFastifyServer(node, server, call);
  }
}

/** `NestFactory.create(AppModule)`: Express's server at Node's defaults, or Fastify's. */
function extractNest(node: NodeScan): void {
  const { scan } = node;
  // `app.getHttpServer()` hands the server to code that sets it: those writes name it.
  if (/\bgetHttpServer\s*\(/.test(scan.masked)) return;
  for (const m of scan.matches(NEST_CREATE)) {
    const { line } = scan.position(m.index);
    const scope = scopeAt(scan.masked, m.index, 'js', `NestFactory.create at line ${line}`);
    const adapter = FASTIFY_ADAPTER.exec(scan.masked);
    if (adapter === null) {
      scan.node('node-http-server', scope, m.index);
      continue;
    }
    const open = adapter.index + adapter[0].length - 1;
    writeFastifyServer(node, scope, { at: adapter.index, open, written: 'FastifyAdapter' });
  }
}

/** A Fastify server: the options written, else Fastify's defaults (not Node's). */
function writeFastifyServer(
  node: NodeScan,
  scope: string,
  call: { at: number; open: number; written: string },
): void {
  const { scan } = node;
  const first = readArguments(scan.masked, call.open).args[0];
  let entries: ObjectEntry[] = [];
  if (first !== undefined) {
    const name = scan.masked.slice(first.start, first.end).trim();
    const open = scan.masked[first.start] === '{' ? first.start : node.names.objects.get(name);
    if (open === undefined) {
      scan.node('node-http-server', scope, call.at);
      writeUnreadServerOptions(node, scope, first);
      return;
    }
    entries = readObjectEntries(scan.text, scan.masked, open).entries;
  }
  // A serverFactory builds the server itself (its createServer is read on its own); an HTTP/2
  // server has no HTTP/1 keep-alive timeout.
  if (entries.some((e) => e.key === 'serverFactory' || e.key === 'http2')) return;
  scan.node('node-http-server', scope, call.at);
  const defaulted: string[] = [];
  for (const d of FASTIFY_DEFAULTS) {
    if (entries.some((e) => e.key === d.option)) continue;
    const key = serverSetting(d.option)?.key ?? d.option;
    scan.set('node-http-server', scope, key, d.value, call.at, call.written);
    defaulted.push(`${d.option} ${d.value} ms`);
  }
  for (const e of entries) {
    const setting = FASTIFY_OPTIONS.includes(e.key) ? serverSetting(e.key) : undefined;
    if (setting) writeJsSetting(node, scope, setting, e.key, e.keyOffset, e.value);
  }
  if (defaulted.length > 0)
    scan.report(
      'NODE_FASTIFY_DEFAULTS',
      'info',
      `Fastify's own server defaults apply here, not Node's: ${defaulted.join(', ')}${defaulted.some((d) => d.startsWith('requestTimeout')) ? ' (0 = no limit)' : ''}.`,
      call.at,
      call.at + call.written.length,
    );
}

/** `const app = express()` / `new Koa()` then `app.listen(3000)`: a Node server at its defaults. */
function extractAppListen(node: NodeScan): void {
  const { scan } = node;
  const apps = new Set([...scan.matches(LISTENING_APP)].map((m) => m[1] ?? ''));
  if (apps.size === 0) return;
  // One pass over the text for every app (a regex per app was quadratic in the number of apps).
  for (const m of scan.matches(LISTEN)) {
    const app = m[1] ?? '';
    if (!apps.has(app)) continue;
    const { line } = scan.position(m.index);
    scan.node(
      'node-http-server',
      scopeAt(scan.masked, m.index, 'js', `${app}.listen at line ${line}`),
      m.index,
    );
  }
}
