import * as v from 'valibot';
import type { Chain, ChainNode, SettingInput } from '../../model/chain';
import { ms } from '../../model/duration';
import type { SourceFile } from '../../parsers/types';
import { isUnknownValue } from '../../model/value';

/**
 * Share format v1 (fragment `v1.<base64url(deflate-raw(JSON))>`). FROZEN: links in the wild use
 * it. A change to the chain model adds v2 (and a migration from v1), never an edit here.
 *
 * A setting is a bare scalar when the user typed it (origin `edit`), `{v, f, l, c?, n}` when it was
 * read from a file (origin `explicit`: file, line, column, setting as written), `{v, x}` when the
 * fix plan set it (origin `fix` with its note).
 */

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][\w.:@-]{0,63}$/));
const TechId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
// Catalog keys as technologies spell them (`timeout http-request`, `server.keepAliveTimeout`).
const Key = v.pipe(v.string(), v.regex(/^[^\p{Cc}]{1,100}$/u));
const Finite = v.pipe(v.number(), v.finite());
const Line = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000));
const Duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(31_536_000_000));
const Scalar = v.union([Finite, Text(1000), v.boolean(), v.null()]);

const Explicit = v.strictObject({
  v: Scalar,
  f: Text(200),
  l: Line,
  c: v.optional(Line),
  n: Text(200),
});
const Fixed = v.strictObject({ v: Scalar, x: Text(500) });
const Setting = v.union([Scalar, Explicit, Fixed]);

const Node = v.strictObject({
  i: Id,
  t: TechId,
  v: v.optional(Text(40)),
  l: v.optional(Text(120)),
  s: v.optional(v.pipe(v.record(Key, Setting), v.maxEntries(200))),
  k: v.optional(v.pipe(v.array(Key), v.maxLength(200))),
});

export const ShareV1 = v.strictObject({
  n: v.pipe(v.array(Node), v.maxLength(64)),
  r: v.pipe(v.array(v.pipe(Duration, v.maxValue(60_000))), v.maxLength(63)),
  tr: v.optional(
    v.strictObject({
      rps: v.pipe(Finite, v.minValue(0), v.maxValue(1e9)),
      ni: v.pipe(Finite, v.minValue(0), v.maxValue(1)),
    }),
  ),
  o: v.optional(v.strictObject({ m: v.optional(Duration), d: v.optional(Duration) })),
  src: v.optional(
    v.pipe(v.array(v.strictObject({ name: Text(200), text: Text(2_000_000) })), v.maxLength(32)),
  ),
});

export type ShareV1Json = v.InferOutput<typeof ShareV1>;
type WireSetting = v.InferOutput<typeof Setting>;

/** What a link carries: the chain and, only when the user opted in, the raw config text. */
export interface ShareDocument {
  chain: Chain;
  sources?: SourceFile[];
}

function toWireSetting(input: SettingInput): WireSetting {
  const o = input.origin;
  const value = input.value;
  // v1 predates unknown values; a later version carries them and strips them before this.
  if (isUnknownValue(value)) throw new Error('share v1 cannot carry an unknown value');
  if (o.kind === 'explicit')
    return {
      v: value,
      f: o.file,
      l: o.line,
      ...(o.column ? { c: o.column } : {}),
      n: o.setting,
    };
  if (o.kind === 'fix') return { v: value, x: o.note };
  // `edit`, and origins a chain should not hold (defaults are never stored): a typed value.
  return value;
}

function fromWireSetting(w: WireSetting): SettingInput {
  if (w === null || typeof w !== 'object') return { value: w, origin: { kind: 'edit' } };
  if ('x' in w) return { value: w.v, origin: { kind: 'fix', note: w.x } };
  return {
    value: w.v,
    origin: {
      kind: 'explicit',
      file: w.f,
      line: w.l,
      ...(w.c !== undefined ? { column: w.c } : {}),
      setting: w.n,
    },
  };
}

export function toShareV1(doc: ShareDocument): ShareV1Json {
  const { chain } = doc;
  const o = chain.options;
  const options = {
    ...(o?.safetyMarginMs !== undefined ? { m: o.safetyMarginMs } : {}),
    ...(o?.reactionDelayMs !== undefined ? { d: o.reactionDelayMs } : {}),
  };
  return {
    n: chain.nodes.map((n) => ({
      i: n.id,
      t: n.tech,
      ...(n.version !== undefined ? { v: n.version } : {}),
      ...(n.label !== undefined ? { l: n.label } : {}),
      ...(Object.keys(n.settings).length > 0
        ? {
            s: Object.fromEntries(
              Object.entries(n.settings).map(([k, s]) => [k, toWireSetting(s)]),
            ),
          }
        : {}),
      ...(n.locked && n.locked.length > 0 ? { k: [...n.locked] } : {}),
    })),
    r: chain.links.map((l) => l.rttMs),
    ...(chain.traffic
      ? { tr: { rps: chain.traffic.rps, ni: chain.traffic.nonIdempotentShare } }
      : {}),
    ...(Object.keys(options).length > 0 ? { o: options } : {}),
    ...(doc.sources && doc.sources.length > 0
      ? { src: doc.sources.map((s) => ({ name: s.name, text: s.text })) }
      : {}),
  };
}

export function fromShareV1(json: ShareV1Json): ShareDocument {
  const nodes: ChainNode[] = json.n.map((n) => ({
    id: n.i,
    tech: n.t,
    ...(n.v !== undefined ? { version: n.v } : {}),
    ...(n.l !== undefined ? { label: n.l } : {}),
    settings: Object.fromEntries(
      Object.entries(n.s ?? {}).map(([k, s]) => [k, fromWireSetting(s)]),
    ),
    ...(n.k && n.k.length > 0 ? { locked: n.k } : {}),
  }));
  const chain: Chain = {
    nodes,
    links: json.r.map((r) => ({ rttMs: ms(r) })),
    ...(json.tr ? { traffic: { rps: json.tr.rps, nonIdempotentShare: json.tr.ni } } : {}),
  };
  const options = {
    ...(json.o?.m !== undefined ? { safetyMarginMs: ms(json.o.m) } : {}),
    ...(json.o?.d !== undefined ? { reactionDelayMs: ms(json.o.d) } : {}),
  };
  if (Object.keys(options).length > 0) chain.options = options;
  return json.src ? { chain, sources: json.src } : { chain };
}
