import { createRequire } from 'node:module';

/**
 * Node built-ins that only `probe` and `serve` use, loaded on first use: loading node:tls and
 * node:http at start-up costs every other command several milliseconds. (A dynamic `import()`
 * would not do: bin/timeout-chain.js runs the bundle as a vm.Script, which has no module loader.)
 */
const load = createRequire(import.meta.url);

export const loadTls = (): typeof import('node:tls') =>
  load('node:tls') as typeof import('node:tls');
export const loadHttp = (): typeof import('node:http') =>
  load('node:http') as typeof import('node:http');
