import * as v from 'valibot';
import type { Chain, ChainNode, NodePart, SettingInput, SettingScalar } from '../../model/chain';
import { CHAIN_LIMITS, READ_LIMITS, type ChainLimits } from '../../model/chain-limits';
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
 *
 * Its caps are CHAIN_LIMITS (model/chain-limits), the one definition of what a chain may hold:
 * raising a limit keeps every v1 link opening; lowering one needs a v2.
 */

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][\w.:@-]{0,63}$/));
const TechId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
// Catalog keys as technologies spell them (`timeout http-request`, `server.keepAliveTimeout`).
const Key = v.pipe(v.string(), v.regex(/^[^\p{Cc}]{1,100}$/u));
const Finite = v.pipe(v.number(), v.finite());
const Line = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000_000));

/**
 * The v1 schema with the given caps: CHAIN_LIMITS for what is written and normally read,
 * READ_LIMITS for saves and links older versions wrote past those caps (then fitted).
 */
function buildShareV1(limits: ChainLimits) {
  const Scalar = v.union([Finite, Text(limits.textValueChars), v.boolean(), v.null()]);
  return buildShareSchema(limits, Scalar, false);
}

/**
 * The share schema around a setting-value schema: v1's values, or v2's (v1's plus unknown
 * values). Everything else is the same in both versions.
 */
export function buildShareSchema<S extends v.GenericSchema>(
  limits: ChainLimits,
  Scalar: S,
  parts: boolean,
) {
  const Duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(limits.optionMs));
  const Explicit = v.strictObject({
    v: Scalar,
    f: Text(limits.originNameChars),
    l: Line,
    c: v.optional(Line),
    n: Text(limits.originNameChars),
  });
  const Fixed = v.strictObject({ v: Scalar, x: Text(limits.fixNoteChars) });
  const Setting = v.union([Scalar, Explicit, Fixed]);
  const Settings = v.optional(v.pipe(v.record(Key, Setting), v.maxEntries(limits.settingsPerNode)));
  const Locked = v.optional(v.pipe(v.array(Key), v.maxLength(limits.settingsPerNode)));
  const Version = v.optional(Text(limits.versionChars));
  // v2: a node's client part (another technology in the same process).
  const Part = v.strictObject({ t: TechId, v: Version, s: Settings, k: Locked });
  const Node = v.strictObject({
    i: Id,
    t: TechId,
    v: Version,
    l: v.optional(Text(limits.labelChars)),
    s: Settings,
    k: Locked,
    c: parts ? v.optional(Part) : v.optional(v.never()),
  });
  return v.strictObject({
    n: v.pipe(v.array(Node), v.maxLength(limits.nodes)),
    r: v.pipe(
      v.array(v.pipe(Duration, v.maxValue(limits.rttMs))),
      v.maxLength(Math.max(0, limits.nodes - 1)),
    ),
    tr: v.optional(
      v.strictObject({
        rps: v.pipe(Finite, v.minValue(0), v.maxValue(limits.rps)),
        ni: v.pipe(Finite, v.minValue(0), v.maxValue(1)),
      }),
    ),
    o: v.optional(v.strictObject({ m: v.optional(Duration), d: v.optional(Duration) })),
    src: v.optional(
      v.pipe(
        v.array(
          v.strictObject({
            name: Text(limits.sourceNameChars),
            text: Text(limits.sourceTextChars),
          }),
        ),
        v.maxLength(limits.sourceFiles),
      ),
    ),
  });
}

export const ShareV1 = buildShareV1(CHAIN_LIMITS);
/** v1 as older versions of the app could write it (past the caps they did not enforce). */
export const ShareV1AsWritten = buildShareV1(READ_LIMITS);

export type ShareV1Json = v.InferOutput<typeof ShareV1>;
type WireValue = number | string | boolean | null | { u: string; r: string };
/** A setting on the wire, in any version's value schema. */
type WireSetting =
  | WireValue
  | { v: WireValue; f: string; l: number; c?: number | undefined; n: string }
  | { v: WireValue; x: string };
/** A node's client part on the wire (v2). */
interface WirePart {
  t: string;
  v?: string | undefined;
  s?: Record<string, WireSetting> | undefined;
  k?: string[] | undefined;
}
/** The JSON of any version built by `buildShareSchema`. */
export interface ShareJson {
  n: (WirePart & { i: string; l?: string | undefined; c?: WirePart | undefined })[];
  r: number[];
  tr?: { rps: number; ni: number } | undefined;
  o?: { m?: number | undefined; d?: number | undefined } | undefined;
  src?: { name: string; text: string }[] | undefined;
}

/** What a link carries: the chain and, only when the user opted in, the raw config text. */
export interface ShareDocument {
  chain: Chain;
  sources?: SourceFile[];
}

function toWireSetting(input: SettingInput, unknowns: boolean): WireSetting {
  const o = input.origin;
  const raw = input.value;
  // v1 predates unknown values: only v2 writes them (`{u, r}`).
  if (isUnknownValue(raw) && !unknowns) throw new Error('share v1 cannot carry an unknown value');
  const value: WireValue = isUnknownValue(raw) ? { u: raw.unknown, r: raw.reason } : raw;
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

const fromWireValue = (w: WireValue): SettingScalar =>
  w !== null && typeof w === 'object' ? { unknown: w.u, reason: w.r } : w;

function fromWireSetting(w: WireSetting): SettingInput {
  if (w === null || typeof w !== 'object' || 'u' in w)
    return { value: fromWireValue(w), origin: { kind: 'edit' } };
  if ('x' in w) return { value: fromWireValue(w.v), origin: { kind: 'fix', note: w.x } };
  return {
    value: fromWireValue(w.v),
    origin: {
      kind: 'explicit',
      file: w.f,
      line: w.l,
      ...(w.c !== undefined ? { column: w.c } : {}),
      setting: w.n,
    },
  };
}

export const toShareV1 = (doc: ShareDocument): ShareV1Json =>
  toShareJson(doc, false) as ShareV1Json;

/** A technology with its settings on the wire: a node's own, or its client part's. */
function toWirePart(p: NodePart, unknowns: boolean): WirePart {
  return {
    t: p.tech,
    ...(p.version !== undefined ? { v: p.version } : {}),
    ...(Object.keys(p.settings).length > 0
      ? {
          s: Object.fromEntries(
            Object.entries(p.settings).map(([k, s]) => [k, toWireSetting(s, unknowns)]),
          ),
        }
      : {}),
    ...(p.locked && p.locked.length > 0 ? { k: [...p.locked] } : {}),
  };
}

function fromWirePart(w: WirePart): NodePart {
  return {
    tech: w.t,
    ...(w.v !== undefined ? { version: w.v } : {}),
    settings: Object.fromEntries(
      Object.entries(w.s ?? {}).map(([k, s]) => [k, fromWireSetting(s)]),
    ),
    ...(w.k && w.k.length > 0 ? { locked: w.k } : {}),
  };
}

/** The share JSON of a document; `unknowns` (v2) writes unknown values, v1 cannot. */
export function toShareJson(doc: ShareDocument, unknowns: boolean): ShareJson {
  const { chain } = doc;
  const o = chain.options;
  const options = {
    ...(o?.safetyMarginMs !== undefined ? { m: o.safetyMarginMs } : {}),
    ...(o?.reactionDelayMs !== undefined ? { d: o.reactionDelayMs } : {}),
  };
  return {
    n: chain.nodes.map((n) => {
      if (n.client && !unknowns) throw new Error('share v1 cannot carry a node part');
      const own = toWirePart(n, unknowns);
      // Field order as v1 has always written it: i, t, v, l, s, k (then v2's c).
      return {
        i: n.id,
        t: own.t,
        ...(own.v !== undefined ? { v: own.v } : {}),
        ...(n.label !== undefined ? { l: n.label } : {}),
        ...(own.s !== undefined ? { s: own.s } : {}),
        ...(own.k !== undefined ? { k: own.k } : {}),
        ...(n.client ? { c: toWirePart(n.client, unknowns) } : {}),
      };
    }),
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

/** Reads share JSON of v1, or of a later version built on the same schema. */
export function fromShareV1(json: ShareJson): ShareDocument {
  const nodes: ChainNode[] = json.n.map((n) => {
    const { tech, version, settings, locked } = fromWirePart(n);
    return {
      id: n.i,
      tech,
      ...(version !== undefined ? { version } : {}),
      ...(n.l !== undefined ? { label: n.l } : {}),
      settings,
      ...(locked ? { locked } : {}),
      ...(n.c ? { client: fromWirePart(n.c) } : {}),
    };
  });
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
