import type { ChainReport } from '../analysis/types';
import type { LogPattern } from '../catalog/log-patterns';

/** One end of a hop as decode needs it: the node, its technology and any client part's. */
export interface DecodeHopEnd {
  node: string;
  tech: string;
  /** Every technology that speaks for this end (the node's, plus its client part's). */
  techs: readonly string[];
}

export interface DecodeHop {
  /** From 0 at the client end, as `hops[].index` in `check`. */
  index: number;
  client: DecodeHopEnd;
  server: DecodeHopEnd;
}

/** The hops of an analysed chain, with the technologies each end answers for. */
export function decodeHopsOf(report: ChainReport): DecodeHop[] {
  return report.hops.map((h) => {
    const part = report.nodes[h.client.nodeIndex]?.clientPart?.tech.id;
    return {
      index: h.index,
      client: {
        node: h.client.node,
        tech: h.client.tech,
        techs: part && part !== h.client.tech ? [h.client.tech, part] : [h.client.tech],
      },
      server: { node: h.server.node, tech: h.server.tech, techs: [h.server.tech] },
    };
  });
}

/**
 * The hop a line points to: for a line about the reporter's upstream, the first hop whose client
 * is a reporter; about its downstream, the first hop whose server is one. Null when none is.
 */
export function pointHop(p: LogPattern, hops: readonly DecodeHop[]): DecodeHop | null {
  const end = (h: DecodeHop) => (p.facing === 'upstream' ? h.client : h.server);
  return hops.find((h) => end(h).techs.some((t) => p.reporters.includes(t))) ?? null;
}

/** Where a line points in words, without a chain: "the hop whose client is nginx". */
export function describePointer(p: LogPattern): string {
  const who = p.reporters.join(' or ');
  return p.facing === 'upstream'
    ? `the hop whose client is ${who}`
    : `the hop whose server is ${who}`;
}
