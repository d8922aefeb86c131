import { createSettingReader } from '../catalog/setting-reader';
import type { Chain, KnownScalar, PartName, SettingScalar } from '../model/chain';
import type { SettingDef } from '../catalog/types';
import { withPartSetting } from '../model/node-parts';
import { sideOwner } from '../catalog/registry';
import { formatDuration, ms } from '../model/duration';
import type { Origin } from '../model/origin';
import { dur } from './rules/describe';
import { evaluateChain, evaluateHop, resolveChain } from './evaluate-hops';
import { middleboxCandidates, orderingCandidates, type Candidate } from './fix-candidates';
import { nameOf } from './hop-context';
import type { FixChange, FixPlan } from './types';

/** Sets one setting on one node, returning a new chain (the input is never mutated). */
export function withSetting(
  chain: Chain,
  nodeIndex: number,
  key: string,
  value: SettingScalar,
  origin: Origin,
  part: PartName = 'main',
): Chain {
  return {
    ...chain,
    nodes: chain.nodes.map((n, i) =>
      i === nodeIndex ? withPartSetting(n, part, key, { value, origin }) : n,
    ),
  };
}

/** The technology and settings of the part a candidate changes. */
function ownerOf(chain: Chain, nodeIndex: number, part: PartName) {
  const node = resolveChain(chain).nodes[nodeIndex];
  if (!node) return undefined;
  return part === 'client' ? sideOwner(node, 'client') : sideOwner(node, 'server');
}

const FIX_ORIGIN: Origin = { kind: 'fix', note: 'proposed by the fix plan' };

/** Changing a managed service or starving a pool costs more than changing an app's own setting. */
function costOf(evaluated: ReturnType<typeof resolveChain>, c: Candidate): number {
  const node = evaluated.nodes[c.nodeIndex];
  let cost = 1;
  if (node?.tech.managed) cost += 0.5;
  if (c.direction === 'lower' && c.value < 10_000) cost += 0.5;
  const owner = node ? sideOwner(node, c.part === 'client' ? 'client' : 'server') : undefined;
  const before = owner ? createSettingReader(owner.tech, owner.node).get(c.key).value : null;
  if (typeof before === 'number' && before > 0) cost += Math.abs(Math.log(c.value / before)) / 100;
  return cost;
}

interface Search {
  best: { cost: number; changes: Candidate[] } | null;
  budget: number;
  unresolved: Map<number, string>;
}

function search(
  chain: Chain,
  changes: Candidate[],
  cost: number,
  skip: Set<number>,
  st: Search,
): void {
  if (st.budget-- <= 0) return;
  if (st.best && cost >= st.best.cost) return;
  const evaluated = resolveChain(chain);
  for (const ctx of evaluated.contexts) {
    if (skip.has(ctx.index)) continue;
    const { verdict, outcomes } = evaluateHop(ctx);
    if (verdict !== 'risk' && verdict !== 'warn') continue;
    const fixable = outcomes.filter((o) => o.outcome.fixable);
    if (fixable.length === 0) {
      st.unresolved.set(ctx.index, 'no idle-timeout change resolves this hop; see its findings');
      continue;
    }
    const middlebox = fixable.some((o) => o.rule === 'middlebox-shorter');
    // Each setting changes at most once on a path: ties and hints cannot make the search chase itself.
    const candidates = (middlebox ? middleboxCandidates(ctx) : orderingCandidates(ctx)).filter(
      (c) => !changes.some((x) => x.nodeIndex === c.nodeIndex && x.key === c.key),
    );
    if (candidates.length === 0) {
      st.unresolved.set(
        ctx.index,
        `the values that would fix it are locked or not configurable (${nameOf(ctx.clientNode)} → ${nameOf(ctx.serverNode)})`,
      );
      search(chain, changes, cost, new Set([...skip, ctx.index]), st);
      return;
    }
    for (const c of candidates) {
      const next = withSetting(chain, c.nodeIndex, c.key, c.value, FIX_ORIGIN, c.part);
      search(next, [...changes, c], cost + costOf(evaluated, c), skip, st);
    }
    return;
  }
  st.best = { cost, changes };
}

function describeReason(chain: Chain, c: Candidate): string {
  const evaluated = resolveChain(chain);
  const ctx = evaluated.contexts[c.hop];
  if (!ctx) return '';
  if (c.direction === 'raise')
    return `keep idle connections open longer than ${nameOf(ctx.clientNode)} reuses them (${dur(ctx.clientIdle?.value ?? null)}), with margin`;
  if (ctx.middleboxes.length > 0 && ctx.serverIndex === c.nodeIndex)
    return `stay under ${nameOf(ctx.middleboxes[0]?.node)}'s idle flow limit`;
  return `drop idle connections before ${nameOf(ctx.serverNode)} closes them (${dur(ctx.server?.idle.value ?? null)}), with margin`;
}

function toFixChange(chain: Chain, c: Candidate, reason: string, hops: number[]): FixChange | null {
  const owner = ownerOf(chain, c.nodeIndex, c.part);
  if (!owner) return null;
  const def = owner.tech.settings.find((s) => s.key === c.key);
  const reader = createSettingReader(owner.tech, owner.node);
  const valueText =
    def?.kind === 'duration'
      ? formatDuration(ms(c.value), def.dialect ?? 'human')
      : String(c.value);
  return {
    nodeIndex: c.nodeIndex,
    ...(c.part === 'client' ? { part: c.part } : {}),
    node: owner.node.id,
    tech: owner.tech.id,
    setting: c.key,
    from: reader.get(c.key).value,
    value: c.value,
    valueText,
    snippet: snippetFor(def, owner.node.syntax, c.value) ?? `${c.key} = ${valueText}`,
    reason,
    hops,
  };
}

/** The setting's snippet in the language its node was read from, else in the technology's own. */
function snippetFor(
  def: SettingDef | undefined,
  syntax: string | undefined,
  value: KnownScalar,
): string | undefined {
  const write = (syntax === undefined ? undefined : def?.snippetIn?.[syntax]) ?? def?.snippet;
  return write?.(value);
}

/**
 * The smallest set of setting changes that makes every hop `ok`, honouring locked and fixed values
 * and values tied together (ALB's one idle timeout serves two hops). Branch and bound over the
 * changes each failing hop allows (lower its client's idle, raise its server's), re-resolving the
 * whole chain after each step so hints, fallbacks and ties are accounted for.
 */
export function planFixes(chain: Chain): FixPlan {
  const st: Search = { best: null, budget: 4000, unresolved: new Map() };
  search(chain, [], 0, new Set(), st);
  const picked = st.best?.changes ?? [];
  const changes: FixChange[] = [];
  let fixed = chain;
  for (const c of picked) {
    const change = toFixChange(chain, c, describeReason(chain, c), [c.hop]);
    if (change) changes.push(change);
    fixed = withSetting(fixed, c.nodeIndex, c.key, c.value, FIX_ORIGIN, c.part);
  }
  // Companion changes (Node: headersTimeout above keepAliveTimeout).
  for (const c of picked) {
    const owner = ownerOf(fixed, c.nodeIndex, c.part);
    if (!owner?.tech.companions) continue;
    const reader = createSettingReader(owner.tech, owner.node);
    for (const extra of owner.tech.companions(c.key, c.value, reader)) {
      if (typeof extra.value !== 'number') continue;
      const change = toFixChange(
        fixed,
        { ...c, key: extra.key, value: extra.value },
        `must stay above ${c.key} (${owner.tech.name})`,
        [c.hop],
      );
      if (change) changes.push(change);
      fixed = withSetting(fixed, c.nodeIndex, extra.key, extra.value, FIX_ORIGIN, c.part);
    }
  }
  const after = evaluateChain(fixed).hops;
  const unresolved = [...st.unresolved.entries()]
    .filter(([hop]) => after[hop]?.verdict === 'risk' || after[hop]?.verdict === 'warn')
    .map(([hop, reason]) => ({ hop, reason }));
  for (const h of after)
    if (
      (h.verdict === 'risk' || h.verdict === 'warn') &&
      !unresolved.some((u) => u.hop === h.index)
    )
      unresolved.push({
        hop: h.index,
        reason: 'no combination of allowed changes makes this hop safe',
      });
  return { changes, verdictsAfter: after.map((h) => h.verdict), unresolved };
}

/** The chain with the plan's changes applied (origin `fix`), for the "preview the fixed chain" view. */
export function applyFixPlan(chain: Chain, plan: FixPlan): Chain {
  return plan.changes.reduce<Chain>(
    (acc, c) =>
      withSetting(acc, c.nodeIndex, c.setting, c.value, { kind: 'fix', note: c.reason }, c.part),
    chain,
  );
}
