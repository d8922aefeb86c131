import { sideOwner } from '../catalog/registry';
import { checkSettingRange } from '../catalog/setting-range';
import type { ResolvedNode } from '../catalog/types';
import type { PartName } from '../model/chain';
import { preferredMargin, roundDown, roundUp } from './fix-values';
import type { HopContext } from './hop-context';

/** One setting change the search may try. */
export interface Candidate {
  nodeIndex: number;
  /** The node's part that holds `key` (its client part for a process's other component). */
  part: PartName;
  key: string;
  value: number;
  hop: number;
  direction: 'lower' | 'raise';
}

function changeable(node: ResolvedNode | undefined, side: Side, key: string): boolean {
  if (!node) return false;
  const owner = sideOwner(node, side);
  if (owner.node.locked?.includes(key)) return false;
  const def = owner.tech.settings.find((s) => s.key === key);
  return !!def && !def.fixed;
}

type Side = 'client' | 'server';

/** The technology accepts `value` for `key` as it is (the catalog's range): no snippet past it. */
function accepts(node: ResolvedNode, side: Side, key: string, value: number): boolean {
  const def = sideOwner(node, side).tech.settings.find((s) => s.key === key);
  if (!def) return false;
  const checked = checkSettingRange(def, value);
  return checked.ok && checked.value === value;
}

const dialectOf = (node: ResolvedNode, side: Side, key: string) =>
  sideOwner(node, side).tech.settings.find((s) => s.key === key)?.dialect;

const partOf = (node: ResolvedNode | undefined, side: Side): PartName =>
  node ? sideOwner(node, side).part : 'main';

function clientKey(ctx: HopContext): string | undefined {
  return ctx.clientNode?.tiedKey ?? ctx.client?.fixKey;
}
function serverKey(ctx: HopContext): string | undefined {
  return ctx.serverNode?.tiedKey ?? ctx.server?.fixKey;
}

/** The candidate that moves the server side's idle time (always the node's own technology). */
const serverCandidate = (
  ctx: HopContext,
  key: string,
  value: number,
  direction: Candidate['direction'],
): Candidate => ({
  nodeIndex: ctx.serverIndex,
  part: 'main',
  key,
  value,
  hop: ctx.index,
  direction,
});

/** The candidate that lowers the client side's idle limit (in its own part of the node). */
const lowerClient = (ctx: HopContext, key: string, value: number): Candidate => ({
  nodeIndex: ctx.clientIndex,
  part: partOf(ctx.clientNode, 'client'),
  key,
  value,
  hop: ctx.index,
  direction: 'lower',
});

/** Lower the client's idle below S, or raise the server's above C (design/race-model.md: C + margin < S). */
export function orderingCandidates(ctx: HopContext): Candidate[] {
  const out: Candidate[] = [];
  const S = ctx.server?.idle.value ?? null;
  const C = ctx.clientIdle?.value ?? null;
  const req = ctx.requiredMarginMs;
  const ck = clientKey(ctx);
  if (S !== null && ck && ctx.clientNode && changeable(ctx.clientNode, 'client', ck)) {
    const value = roundDown(S - preferredMargin(req, S), dialectOf(ctx.clientNode, 'client', ck));
    if (value > 0 && (C === null || value < C) && accepts(ctx.clientNode, 'client', ck, value))
      out.push(lowerClient(ctx, ck, value));
  }
  const sk = serverKey(ctx);
  if (C !== null && sk && ctx.serverNode && changeable(ctx.serverNode, 'server', sk)) {
    const value = roundUp(C + preferredMargin(req, C), dialectOf(ctx.serverNode, 'server', sk));
    if ((S === null || value > S) && accepts(ctx.serverNode, 'server', sk, value))
      out.push(serverCandidate(ctx, sk, value, 'raise'));
  }
  return out;
}

/** Bring both ends under an L4 middlebox's idle limit: lower whichever end is above it. */
export function middleboxCandidates(ctx: HopContext): Candidate[] {
  const limits = ctx.middleboxes.map((m) => m.l4.idle.value).filter((v): v is number => v !== null);
  if (limits.length === 0) return [];
  const M = Math.min(...limits);
  const ceiling = M - ctx.requiredMarginMs;
  const out: Candidate[] = [];
  const S = ctx.server?.idle.value ?? null;
  const C = ctx.clientIdle?.value ?? null;
  const sk = serverKey(ctx);
  if (
    (S === null || S > ceiling) &&
    sk &&
    ctx.serverNode &&
    changeable(ctx.serverNode, 'server', sk)
  ) {
    const value = roundDown(ceiling, dialectOf(ctx.serverNode, 'server', sk));
    if (value > 0) out.push(serverCandidate(ctx, sk, value, 'lower'));
  }
  // The client must then stay a margin below wherever the server ends up.
  const serverTarget =
    S !== null && S <= ceiling
      ? S
      : roundDown(
          ceiling,
          ctx.serverNode && sk ? dialectOf(ctx.serverNode, 'server', sk) : undefined,
        );
  const ck = clientKey(ctx);
  if (
    (C === null || C > serverTarget - ctx.requiredMarginMs) &&
    ck &&
    ctx.clientNode &&
    changeable(ctx.clientNode, 'client', ck)
  ) {
    const value = roundDown(
      serverTarget - preferredMargin(ctx.requiredMarginMs, serverTarget),
      dialectOf(ctx.clientNode, 'client', ck),
    );
    if (value > 0) out.push(lowerClient(ctx, ck, value));
  }
  return out;
}
