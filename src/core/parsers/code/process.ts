import type { ExtractedNode } from '../types';

/**
 * Marks the one server and the one client of a file as one process (`process: <file name>`): a
 * Go `main.go` with an `http.Server` and the `http.Transport` it calls out with, a Node script
 * with `http.createServer` and an `Agent`. With several servers or several clients the file does
 * not say which calls which, so nothing is marked.
 */
export function markProcess(
  nodes: ExtractedNode[],
  fileName: string,
  servers: readonly string[],
  clients: readonly string[],
): ExtractedNode[] {
  const server = nodes.filter((n) => servers.includes(n.tech));
  const client = nodes.filter((n) => clients.includes(n.tech));
  if (server.length !== 1 || client.length !== 1) return nodes;
  return nodes.map((n) =>
    servers.includes(n.tech) || clients.includes(n.tech) ? { ...n, process: fileName } : n,
  );
}
