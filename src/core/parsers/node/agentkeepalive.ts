import { readObjectEntries } from '../code/objects';
import { unknownValue } from '../../model/value';
import { writeJsSetting, type JsSetting, type NodeScan } from './write';

const IDLE: JsSetting = { tech: 'node-agent', key: 'timeout', kind: 'ms' };
const KEEP_ALIVE: JsSetting = { tech: 'node-agent', key: 'keepAlive', kind: 'bool' };
/**
 * agentkeepalive ≥ 4 (README, "new Agent([options])"): keepAlive defaults to true and
 * freeSocketTimeout, the time a free socket may stay idle, to 4000 ms; its `timeout` is the
 * active-socket timeout (default freeSocketTimeout × 2, at least 8 s), not an idle limit.
 * `freeSocketKeepAliveTimeout` is the 3.x name of freeSocketTimeout.
 */
const FREE_SOCKET_TIMEOUT_MS = 4000;
const IDLE_NAMES = ['freeSocketTimeout', 'freeSocketKeepAliveTimeout'];

/**
 * An agentkeepalive `Agent` / `HttpsAgent` as a node-agent: its free-socket timeout is the
 * agent's idle limit (`timeout`), and its defaults are written out at the constructor, since
 * they differ from a plain `new http.Agent()` (keep-alive off, no idle limit).
 */
export function writeAgentKeepAlive(
  node: NodeScan,
  scope: string,
  ctor: { offset: number; written: string },
  options: number | undefined,
  unreadOptions: string | undefined,
): void {
  const { scan } = node;
  const entries =
    options === undefined ? [] : readObjectEntries(scan.text, scan.masked, options).entries;
  const find = (names: readonly string[]) => entries.find((e) => names.includes(e.key));
  const idle = find(IDLE_NAMES);
  const keepAlive = find(['keepAlive']);
  const at = ctor.offset;
  if (unreadOptions !== undefined) {
    const why = `the options object ${unreadOptions} is not in the pasted files`;
    scan.set(
      'node-agent',
      scope,
      'keepAlive',
      unknownValue(`${unreadOptions}.keepAlive`, why),
      at,
      ctor.written,
    );
    scan.set(
      'node-agent',
      scope,
      'timeout',
      unknownValue(`${unreadOptions}.freeSocketTimeout`, why),
      at,
      ctor.written,
    );
    return;
  }
  if (keepAlive)
    writeJsSetting(node, scope, KEEP_ALIVE, keepAlive.key, keepAlive.keyOffset, keepAlive.value);
  else scan.set('node-agent', scope, 'keepAlive', true, at, ctor.written);
  if (idle) writeJsSetting(node, scope, IDLE, idle.key, idle.keyOffset, idle.value);
  else scan.set('node-agent', scope, 'timeout', FREE_SOCKET_TIMEOUT_MS, at, ctor.written);
  if (!idle || !keepAlive)
    scan.report(
      'NODE_AGENTKEEPALIVE_DEFAULTS',
      'info',
      `agentkeepalive's own defaults apply here: ${[
        ...(keepAlive ? [] : ['keepAlive true']),
        ...(idle ? [] : ['freeSocketTimeout 4000 ms (the idle limit)']),
      ].join(', ')}.`,
      at,
      at + ctor.written.length,
    );
  const active = find(['timeout']);
  if (active)
    scan.report(
      'NODE_AGENTKEEPALIVE_ACTIVE_TIMEOUT',
      'info',
      "agentkeepalive's timeout applies to sockets in use, not to idle ones; the idle limit is freeSocketTimeout.",
      active.keyOffset,
      active.keyOffset + active.key.length,
    );
}
