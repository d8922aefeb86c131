import type { GoScan } from './write';

/*
 * Servers started without an http.Server literal run a zero http.Server (net/http docs:
 * "ListenAndServe … calls Serve with handler"; the package functions build `&Server{Addr,
 * Handler}`): IdleTimeout, ReadTimeout and the rest unset, so idle connections have no limit.
 * gin's `engine.Run(addr)` calls http.ListenAndServe; echo's `e.Start(addr)` serves on
 * `e.Server`, a `new(http.Server)` its code may set fields of.
 */

const PACKAGE_LISTEN = /(?<![\w.])http\s*\.\s*(ListenAndServe(?:TLS)?|Serve(?:TLS)?)\s*\(/g;
const FRAMEWORK_APP =
  /(?<![\w.])([A-Za-z_]\w*)\s*:?=\s*(gin\s*\.\s*(?:Default|New)|echo\s*\.\s*New)\s*\(\s*\)/g;
const START = /(?<![\w.])([A-Za-z_]\w*)\s*\.\s*(Run(?:TLS)?|Start(?:TLS)?)\s*\(/g;

/** `http.ListenAndServe(addr, h)`, gin `r.Run()`, echo `e.Start()`: a Go server at its defaults. */
export function extractDefaultServers(go: GoScan): void {
  const { scan } = go;
  for (const m of scan.matches(PACKAGE_LISTEN)) {
    const { line } = scan.position(m.index);
    scan.node('go-http-server', `http.${m[1] ?? ''} at line ${line}`, m.index);
  }
  const apps = new Map<string, 'gin' | 'echo'>();
  for (const m of scan.matches(FRAMEWORK_APP))
    apps.set(m[1] ?? '', (m[2] ?? '').startsWith('gin') ? 'gin' : 'echo');
  if (apps.size === 0) return;
  for (const m of scan.matches(START)) {
    const app = m[1] ?? '';
    const kind = apps.get(app);
    const method = m[2] ?? '';
    if (kind === 'gin' && method.startsWith('Run')) {
      const { line } = scan.position(m.index);
      scan.node('go-http-server', `${app}.${method} at line ${line}`, m.index);
    } else if (kind === 'echo' && method.startsWith('Start'))
      scan.node('go-http-server', `${app}.Server`, m.index);
  }
}
