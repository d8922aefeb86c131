import { isMap } from '../source/yaml/nodes';
import type { AnalysisOptions, Link, Traffic } from '../model/chain';
import { ms } from '../model/duration';
import { DEFAULT_RTT_MS } from '../analysis/options';
import { readDuration, readNumber } from './values';
import {
  checkKeys,
  entriesOf,
  expectMap,
  expectSeq,
  report,
  type Field,
  type WalkContext,
} from './walk';
import { ownEntry } from '../model/own-entry';

/** `links:` — one `{ rtt }` per hop; missing ones get the default RTT (1 ms). */
export function readLinks(ctx: WalkContext, pair: Field | undefined, hops: number): Link[] {
  const links: Link[] = Array.from({ length: Math.max(hops, 0) }, () => ({
    rttMs: DEFAULT_RTT_MS,
  }));
  if (!pair) return links;
  const seq = expectSeq(ctx, pair.value, 'links', pair.key);
  if (!seq) return links;
  seq.items.forEach((item, i) => {
    let rttNode: unknown = item;
    let at: unknown = item;
    if (isMap(item)) {
      const fields = entriesOf(ctx, item);
      checkKeys(ctx, fields, ['rtt'], 'a link');
      const rtt = fields.find((f) => f.key === 'rtt')?.pair;
      [rttNode, at] = [rtt?.value, rtt?.key ?? item];
    }
    const value = readDuration(ctx, rttNode, 'rtt', at, false);
    if (i >= links.length) {
      if (i === links.length)
        report(
          ctx,
          item,
          'CHAIN_EXTRA_LINKS',
          'warning',
          `${seq.items.length} links for ${Math.max(hops, 0)} hops: the extra ones are ignored`,
        );
      return;
    }
    if (typeof value === 'number') links[i] = { rttMs: ms(value) };
  });
  return links;
}

/** `traffic: { rps, non-idempotent }`. */
export function readTraffic(ctx: WalkContext, pair: Field | undefined): Traffic | undefined {
  if (!pair) return undefined;
  const map = expectMap(ctx, pair.value, 'traffic', pair.key);
  if (!map) return undefined;
  const fields = entriesOf(ctx, map);
  checkKeys(ctx, fields, ['rps', 'non-idempotent'], 'traffic');
  const rpsPair = fields.find((f) => f.key === 'rps')?.pair;
  if (!rpsPair)
    report(ctx, pair.key, 'CHAIN_EMPTY_VALUE', 'error', 'traffic needs rps: <requests per second>');
  const rps = rpsPair ? readNumber(ctx, rpsPair.value, 'rps', rpsPair.key) : undefined;
  const niPair = fields.find((f) => f.key === 'non-idempotent')?.pair;
  const share = niPair ? readNumber(ctx, niPair.value, 'non-idempotent', niPair.key, 1) : 0;
  if (rps === undefined || share === undefined) return undefined;
  return { rps, nonIdempotentShare: share };
}

const OPTION_KEYS = {
  'safety-margin': 'safetyMarginMs',
  'reaction-delay': 'reactionDelayMs',
} as const;

/** `options: { safety-margin, reaction-delay }`. */
export function readOptions(
  ctx: WalkContext,
  pair: Field | undefined,
): Partial<AnalysisOptions> | undefined {
  if (!pair) return undefined;
  const map = expectMap(ctx, pair.value, 'options', pair.key);
  if (!map) return undefined;
  const fields = entriesOf(ctx, map);
  checkKeys(ctx, fields, Object.keys(OPTION_KEYS), 'options');
  const options: Partial<AnalysisOptions> = {};
  for (const { key, pair: p } of fields) {
    const target = ownEntry<(typeof OPTION_KEYS)[keyof typeof OPTION_KEYS]>(OPTION_KEYS, key);
    if (!target) continue;
    const value = readDuration(ctx, p.value, key, p.key, false);
    if (typeof value === 'number') options[target] = ms(value);
  }
  return Object.keys(options).length > 0 ? options : undefined;
}
