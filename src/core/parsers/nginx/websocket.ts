import type { NginxDirective } from './tree';

/** Path words that name a WebSocket endpoint (`/ws`, `/socket.io/`, `~ ^/cable`). */
const WS_WORDS = new Set(['ws', 'wss', 'websocket', 'websockets', 'socket.io', 'sockjs', 'cable']);

/**
 * True when a `location` serves WebSocket upgrades only: its path names a WebSocket endpoint,
 * or it always sends `Connection: upgrade`. Such a location is not the one whose values describe
 * the connections ordinary requests reuse. (`Upgrade $http_upgrade` with a `map` for Connection
 * serves both kinds, so it does not count.)
 */
export function isWebSocketLocation(location: NginxDirective): boolean {
  if (namesWebSocket(location.args[location.args.length - 1] ?? '')) return true;
  const children = location.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const d = children[i];
    if (
      d?.name === 'proxy_set_header' &&
      d.args[0]?.toLowerCase() === 'connection' &&
      d.args[1]?.toLowerCase() === 'upgrade'
    )
      return true;
  }
  return false;
}

/** Paths already judged: thousands of servers repeat a handful of location paths (`/`). */
const judged = new Map<string, boolean>();

/** True when a location path has a word naming a WebSocket endpoint. */
function namesWebSocket(path: string): boolean {
  let known = judged.get(path);
  if (known === undefined) {
    known = path
      .toLowerCase()
      .split(/[^a-z0-9.]+/)
      .some((word) => WS_WORDS.has(word));
    if (judged.size >= 1024) judged.clear();
    judged.set(path, known);
  }
  return known;
}
