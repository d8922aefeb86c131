import type { DurationDialect, Ms } from '../model/duration';
import type { ChainNode, KnownScalar, SettingScalar } from '../model/chain';
import type { Origin } from '../model/origin';
import type { Role } from '../model/roles';
import type { SettingRange } from './setting-range';
import type { UnknownInput } from './unknown-inputs';

/** Groups for the catalog picker (product.md: clients, CDNs, LBs, proxies, sidecars, app servers, L4). */
export type TechKind =
  'client' | 'cdn' | 'load-balancer' | 'proxy' | 'sidecar' | 'app-server' | 'l4';

/** A default that holds for a version range [since, before). The first matching entry wins. */
export interface VersionedDefault {
  since?: string;
  before?: string;
  value: KnownScalar;
  /** Doc link or source reference (file and lines at a commit) the value was checked against. */
  source: string;
  /** The reference marks it UNVERIFIED: the UI shows it as an assumption. */
  assumption?: boolean;
  note?: string;
}

export interface SettingDef {
  /** The name as the technology spells it (`keepalive_timeout`, `server.keepAliveTimeout`). */
  key: string;
  /** What it does, in a few words, for tooltips. */
  label: string;
  /** The role the value plays, or null for an option that steers resolution (worker class, agent kind). */
  role: Role | null;
  kind: 'duration' | 'count' | 'enum' | 'bool' | 'text';
  /** How a user writes it in this technology (for parsing edits and writing snippets). */
  dialect?: DurationDialect;
  enumValues?: readonly string[];
  /** Defaults by version; at least one entry without bounds or covering every version. */
  defaults: readonly VersionedDefault[];
  /** Link to the setting's documentation. */
  doc: string;
  /**
   * What the technology accepts for a duration or count (ms for durations), and what a negative
   * value means to it. Unset: 0 … 30 days; counts whole, 0 … 2³¹−1 (see setting-range.ts).
   */
  range?: SettingRange;
  /** Not configurable at all (GCP GFE's 600 s backend keep-alive): the fix plan never changes it. */
  fixed?: boolean;
  /**
   * The snippet that sets this value in the technology's own syntax, ready to paste.
   * `value` is ms for durations (null = no limit), a count, an enum string or a boolean.
   */
  snippet?: (value: KnownScalar) => string;
  /**
   * The snippet in another language the setting is written in, by the node's `syntax`
   * (`java`, `cloudformation-yaml`, `cdk`); `snippet` otherwise.
   */
  snippetIn?: Readonly<Partial<Record<string, (value: KnownScalar) => string>>>;
}

/** Whether and how a server advertises `Keep-Alive: timeout=N`. */
export type HintEmission =
  | { emits: 'never' }
  | { emits: 'always'; note?: string }
  /** Only when a setting is written (nginx's 2nd `keepalive_timeout` parameter). */
  | { emits: 'when-configured'; note?: string }
  /** Only when the request carries `Connection: keep-alive` (Tomcat, httpd). */
  | { emits: 'when-asked'; note?: string };

/** Whether and how a client shortens its pool idle time when a server sends a hint. */
export type HintHonour =
  | { honours: false; source: string; assumption?: boolean }
  | {
      honours: true;
      /** C_eff = min(C, hint − margin). */
      marginMs: Ms;
      /** Node Agent: the hint is applied only when the agent already has a `timeout`. */
      onlyWithIdleLimit?: boolean;
      /** undici: hinted values are capped (keepAliveMaxTimeout). */
      capMs?: Ms;
      /**
       * The hint replaces C instead of only shortening it (undici, Apache HttpClient):
       * C_eff = min(hint − margin, cap) when a hint arrives, which can exceed C.
       */
      replacesIdle?: boolean;
      source: string;
    };

/** What the client does when a reused connection dies under a request. */
export interface RetryBehaviour {
  policy:
    | 'none' // the error reaches the caller
    | 'idempotent' // GET/HEAD/PUT/DELETE… retried, POST/PATCH fail
    | 'any-unsent' // any method if nothing was written yet, else idempotent only (Go)
    | 'any' // any method (curl, OkHttp)
    | 'next-upstream' // a proxy retries the next upstream (nginx): idempotent only after send
    | 'returns-502'; // a load balancer answers its own client with 502 (ALB, GFE)
  /** How many extra attempts. */
  attempts: number;
  summary: string;
  source: string;
}

/** A value after defaults, fallbacks and hints: what the technology really does. */
export interface EffectiveValue {
  /** Milliseconds (or a count for `max-requests`); `null` = no limit. */
  value: number | null;
  origin: Origin;
  /** The setting that holds it (`IdleTimeout`), for findings and fixes. */
  setting: string;
  /**
   * How the value is made up when it is more than the setting: `keepAliveTimeout 5 s + Node's 1 s
   * buffer`. Shown beside the value wherever it appears (hop, findings, reports, CLI).
   */
  makeup?: string;
}

export interface ResolvedServerSide {
  /** S: time from the server's last write to its close of an idle connection. */
  idle: EffectiveValue;
  /** False when the server closes after every response (gunicorn sync worker, keepalive_timeout 0). */
  keepAlive: boolean;
  /** Why keep-alive is off, for the churn note. */
  keepAliveNote?: string;
  /** The Keep-Alive timeout the server advertises, if it does; null when it sends none. */
  hint: EffectiveValue | null;
  /** Timer granularity γs: a close lands in [S, S + γs]. */
  granularityMs: Ms;
  maxRequests?: EffectiveValue;
  maxAge?: EffectiveValue;
  /** Setting key a fix should change to move S (the primary server-idle setting). */
  fixKey: string;
  notes: string[];
  /** Set when this side's idle time depends on a setting that is written but unresolved. */
  unknown?: UnknownInput;
}

export interface ResolvedClientSide {
  /** C before hints: time from the client's last read to dropping a pooled connection. */
  idle: EffectiveValue;
  /** False when the client opens a new connection per request (pool disabled). */
  reuse: boolean;
  reuseNote?: string;
  hint: HintHonour;
  /** Whether an idle pooled connection's FIN is noticed before reuse. */
  finDetection: boolean;
  retry: RetryBehaviour;
  /** Timer granularity γc (HAProxy purges idle connections every 5 s). */
  granularityMs: Ms;
  maxRequests?: EffectiveValue;
  maxAge?: EffectiveValue;
  /** Setting key a fix should change to move C. */
  fixKey: string;
  notes: string[];
  /** Set when this side's idle time depends on a setting that is written but unresolved. */
  unknown?: UnknownInput;
}

export interface ResolvedL4 {
  /** M: the middlebox forgets an idle flow after this long. */
  idle: EffectiveValue;
  /** What the next packet meets after expiry. */
  onExpiry: 'rst' | 'drop';
  fixKey: string;
  /** Set when M depends on a setting that is written but unresolved. */
  unknown?: UnknownInput;
}

/** A node with everything the analysis needs, resolved for its version. */
export interface ResolvedNode {
  node: ChainNode;
  tech: TechDef;
  version: string;
  server?: ResolvedServerSide;
  client?: ResolvedClientSide;
  l4?: ResolvedL4;
  /** One setting that serves both sides (ALB's idle timeout): a fix moves both. */
  tiedKey?: string;
  /** The node's client part (another technology in the same process) that `client` comes from. */
  clientPart?: { tech: TechDef; node: ChainNode; version: string };
}

/** A setting's value of any kind, with its origin. */
export interface RawValue {
  value: SettingScalar;
  origin: Origin;
  setting: string;
}

/** Reads a node's settings: the user's value if set, else the default for the node's version. */
/**
 * A node's settings as a technology's `resolve` sees them. `resolve` reads settings only through
 * these methods, never through `node.settings`: what it reads is what its result depends on
 * (`extract` resolves each combination of those values once).
 */
export interface SettingReader {
  readonly node: ChainNode;
  readonly version: string;
  /** The value of a setting with its origin. Unknown keys are a programmer error. */
  get(key: string): RawValue;
  /** A duration (ms) or count setting; `null` = no limit. */
  num(key: string): EffectiveValue;
  /** An enum setting's value. */
  str(key: string): string;
  /** A flag setting's value. */
  bool(key: string): boolean;
  /** True when the user's config or edit set the key. */
  isSet(key: string): boolean;
}

export interface TechDef {
  /** Stable kebab-case id (design/contracts.md). */
  id: string;
  name: string;
  /** How people name such a node in a chain when `name` is long (`Go client`); else `name`. */
  label?: string;
  kind: TechKind;
  /** Versions users pick from, newest first; `defaultVersion` when none is given. */
  versions: readonly string[];
  defaultVersion: string;
  /** Which sides this technology has in a chain. `tied`: one value serves both (ALB). */
  sides: 'server' | 'client' | 'both' | 'tied' | 'l4';
  /** A managed service: the fix plan prefers changing the other side. */
  managed?: boolean;
  /** Home documentation. */
  doc: string;
  settings: readonly SettingDef[];
  /** Effective sides from the node's settings (defaults, fallbacks and options applied). */
  resolve(reader: SettingReader): Omit<ResolvedNode, 'node' | 'tech' | 'version'>;
  /**
   * Further changes that must accompany a fix (Node: headersTimeout above keepAliveTimeout).
   * Returns extra key/value pairs to set.
   */
  companions?(
    key: string,
    value: SettingScalar,
    reader: SettingReader,
  ): { key: string; value: SettingScalar }[];
}
