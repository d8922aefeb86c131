import { unknownValue } from '../../model/value';
import type { Span } from '../code/brackets';
import type { NodeScan } from './write';

/*
 * Options objects passed by name whose value is not in the pasted files: the idle settings they
 * may hold are unknown, never the defaults of a constructor called without them.
 */

/**
 * `new http.Agent(opts)` / `new Agent(config.pool)` with options not in the pasted files: the idle
 * settings are unknown (a custom agent's defaults, keep-alive off and no idle limit, would be a
 * guess).
 */
export function writeUnreadAgentOptions(
  node: NodeScan,
  kind: 'node-agent' | 'undici',
  scope: string,
  options: string,
  offset: number,
  written: string,
): void {
  const why = `the options object ${options} is not in the pasted files`;
  const keys = kind === 'node-agent' ? ['keepAlive', 'timeout'] : ['keepAliveTimeout'];
  for (const key of keys)
    node.scan.set(kind, scope, key, unknownValue(`${options}.${key}`, why), offset, written);
}

/** `createServer(serverOptions, app)` with options not in the pasted files: keep-alive unknown. */
export function writeUnreadServerOptions(node: NodeScan, scope: string, arg: Span): void {
  const { scan } = node;
  const written = scan.text.slice(arg.start, arg.end).trim();
  if (!/^[A-Za-z_$][\w$.]*$/.test(written)) return;
  scan.report(
    'NODE_UNRESOLVED_EXPRESSION',
    'warning',
    `Cannot read the server options ${written} from the pasted files: keepAliveTimeout is unknown until you set it in the chain.`,
    arg.start,
    arg.end,
  );
  const why = `the options object ${written} is not in the pasted files`;
  const value = unknownValue(`${written}.keepAliveTimeout`, why);
  scan.set('node-http-server', scope, 'server.keepAliveTimeout', value, arg.start, written);
}
