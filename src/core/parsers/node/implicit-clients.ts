import { readArguments, readObjectEntries } from '../code/objects';
import type { NodeScan } from './write';

/*
 * Outgoing requests with no agent of their own use the process-wide pool: the global `fetch()`
 * (Node ≥ 18) goes through undici's global dispatcher; `http.get` / `http.request` (and axios,
 * which calls them) without an `agent` option use `http.globalAgent` / `https.globalAgent`. Such a
 * file has that pool as its client side, at its defaults unless the file tunes it.
 */

const FETCH = /(?<![\w$.])fetch\s*\(/g;
const HTTP_CALL = /(?<![\w$.])(https?)\s*\.\s*(?:get|request)\s*\(/g;
const AXIOS_CALL = /(?<![\w$.])axios\s*(?:\.\s*(?:get|post|put|patch|delete|head|request)\s*)?\(/g;
const AXIOS_IMPORT = /(?:require\s*\(\s*|\bfrom\s*)['"]axios['"]/;
const FETCH_IMPORT =
  /\bimport\s+[^;]*?\bfetch\b[^;]*?\bfrom\b|\b(?:const|let|var)\s+(?:\{[^}]*\bfetch\b[^}]*\}|fetch)\s*=/;

/** The global dispatcher for `fetch()`, the global agents for `http.get` / axios. */
export function extractImplicitClients(node: NodeScan): void {
  const { scan } = node;
  // A `fetch` declared or imported in the file (node-fetch, a wrapper) is not the global one.
  if (!FETCH_IMPORT.test(scan.masked))
    for (const m of scan.matches(FETCH)) {
      scan.node('undici', 'global dispatcher', m.index);
      break;
    }
  for (const m of scan.matches(HTTP_CALL)) {
    const module = m[1] ?? 'http';
    if (hasAgentOption(node, m.index + m[0].length - 1)) continue;
    scan.node('node-agent', `${module}.globalAgent`, m.index);
  }
  if (!AXIOS_IMPORT.test(scan.text) && !/(?<![\w$.])axios\s*\./.test(scan.masked)) return;
  for (const m of scan.matches(AXIOS_CALL)) {
    if (hasAgentOption(node, m.index + m[0].length - 1)) continue;
    const https = /^\s*['"`]https:/.test(
      scan.text.slice(m.index + m[0].length, m.index + m[0].length + 20),
    );
    scan.node('node-agent', `${https ? 'https' : 'http'}.globalAgent`, m.index);
    break;
  }
}

/** Whether a call's options object (any argument written as `{ … }`) sets an agent. */
function hasAgentOption(node: NodeScan, open: number): boolean {
  const { scan } = node;
  return readArguments(scan.masked, open).args.some(
    (a) =>
      scan.masked[a.start] === '{' &&
      readObjectEntries(scan.text, scan.masked, a.start).entries.some((e) =>
        /^(?:agent|httpAgent|httpsAgent|dispatcher)$/.test(e.key),
      ),
  );
}
