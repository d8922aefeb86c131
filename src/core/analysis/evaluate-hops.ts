import type { ResolvedNode } from '../catalog/types';
import { resolveNode, sideOwner } from '../catalog/registry';
import type { Chain, ChainNode } from '../model/chain';
import type { Origin } from '../model/origin';
import { computeRaceWindow } from '../race/window';
import { buildHopContexts, nameOf, type HopContext } from './hop-context';
import { optionsOf } from './options';
import { RULES } from './rules';
import type { RuleOutcome } from './rules/rule';
import { worstVerdict, type Finding, type HopReport, type HopSide, type Verdict } from './types';

const UNKNOWN_ORIGIN: Origin = {
  kind: 'default',
  tech: 'unknown',
  source: 'not in the catalog',
  assumption: true,
};

function sideOf(ctx: HopContext, which: 'client' | 'server'): HopSide {
  const index = which === 'client' ? ctx.clientIndex : ctx.serverIndex;
  const node = which === 'client' ? ctx.clientNode : ctx.serverNode;
  const v = which === 'client' ? ctx.clientIdle : ctx.server?.idle;
  const unknown = which === 'client' ? ctx.client?.unknown : ctx.server?.unknown;
  return {
    nodeIndex: index,
    node: node?.node.id ?? `#${index}`,
    tech: node ? sideOwner(node, which).tech.id : 'unknown',
    label: nameOf(node, `node ${index + 1}`),
    idleMs: v ? v.value : null,
    origin: v?.origin ?? UNKNOWN_ORIGIN,
    setting: unknown?.key ?? v?.setting ?? '',
    ...(v?.makeup && !unknown ? { makeup: v.makeup } : {}),
    ...(unknown ? { unknown } : {}),
  };
}

/** Runs the rules over one hop: the worst verdict of the rules that fired, and their findings. */
export function evaluateHop(ctx: HopContext): {
  verdict: Verdict;
  outcomes: { rule: string; outcome: RuleOutcome }[];
} {
  const outcomes: { rule: string; outcome: RuleOutcome }[] = [];
  for (const rule of RULES) {
    if (rule.onlyWhenRacing) {
      const v = worstVerdict(outcomes.map((o) => o.outcome.verdict));
      if (v !== 'risk' && v !== 'warn') continue;
    }
    const outcome = rule.check(ctx);
    if (!outcome) continue;
    outcomes.push({ rule: rule.id, outcome });
    if (outcome.stop) break;
  }
  const verdicts = outcomes.map((o) => o.outcome.verdict);
  return { verdict: verdicts.includes('unknown') ? 'unknown' : worstVerdict(verdicts), outcomes };
}

function toReport(ctx: HopContext): HopReport {
  const { verdict, outcomes } = evaluateHop(ctx);
  const findings: Finding[] = outcomes.map(({ rule, outcome }) => ({
    rule,
    severity: outcome.severity,
    message: outcome.message,
    fixes: [],
    fixable: outcome.fixable === true,
    ...(outcome.sources ? { sources: outcome.sources } : {}),
  }));
  const s = ctx.server?.idle.value ?? null;
  const c = ctx.clientIdle?.value ?? null;
  const reuse = !!ctx.client?.reuse && !!ctx.server?.keepAlive && c !== 0;
  const known = verdict !== 'unknown';
  const raceWindow =
    known && reuse && s !== null && ctx.client
      ? computeRaceWindow({
          serverIdleMs: s,
          clientIdleMs: c,
          rttMs: ctx.rttMs,
          reactionDelayMs: ctx.options.reactionDelayMs,
          serverGranularityMs: ctx.server?.granularityMs ?? 0,
          finDetection: ctx.client.finDetection,
        })
      : null;
  return {
    index: ctx.index,
    client: sideOf(ctx, 'client'),
    server: sideOf(ctx, 'server'),
    rttMs: ctx.rttMs,
    marginMs: known && reuse && s !== null && c !== null ? s - c : null,
    requiredMarginMs: ctx.requiredMarginMs,
    reuse,
    raceWindow,
    middleboxes: ctx.middleboxes.map((m) => ({
      nodeIndex: m.index,
      node: m.node.node.id,
      tech: m.node.tech.id,
      idleMs: m.l4.idle.value,
      onExpiry: m.l4.onExpiry,
      ...(m.l4.unknown ? { unknown: m.l4.unknown } : {}),
    })),
    verdict,
    findings,
  };
}

/**
 * Resolution is a pure function of the node object; chains are immutable, and the fix-plan search
 * re-evaluates many chains that share all but one node, so results are cached by node identity.
 */
const resolved = new WeakMap<ChainNode, ResolvedNode | null>();
function resolveCached(node: ChainNode): ResolvedNode | undefined {
  let r = resolved.get(node);
  if (r === undefined) {
    r = resolveNode(node) ?? null;
    resolved.set(node, r);
  }
  return r ?? undefined;
}

/** Resolves every node and pairs the hops, without judging them. */
export function resolveChain(chain: Chain): {
  nodes: (ResolvedNode | undefined)[];
  contexts: HopContext[];
} {
  const nodes = chain.nodes.map(resolveCached);
  return { nodes, contexts: buildHopContexts(chain, nodes, optionsOf(chain)) };
}

/** Resolves every node and judges every hop, without a fix plan. */
export function evaluateChain(chain: Chain): {
  nodes: (ResolvedNode | undefined)[];
  hops: HopReport[];
  contexts: HopContext[];
} {
  const { nodes, contexts } = resolveChain(chain);
  return { nodes, hops: contexts.map(toReport), contexts };
}
