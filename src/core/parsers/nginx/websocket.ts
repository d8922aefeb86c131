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
  const path = location.args[location.args.length - 1]?.value.toLowerCase() ?? '';
  if (path.split(/[^a-z0-9.]+/).some((word) => WS_WORDS.has(word))) return true;
  return (location.children ?? []).some(
    (d) =>
      d.name === 'proxy_set_header' &&
      d.args[0]?.value.toLowerCase() === 'connection' &&
      d.args[1]?.value.toLowerCase() === 'upgrade',
  );
}
