import type { SettingInput, SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import { unknownValue } from '../../model/value';
import { isPlaceholder, type FileContext } from '../file-context';
import type { ExtractedNode } from '../types';
import type { FlatEntry } from './flat';
import { ownEntry } from '../../model/own-entry';

/** The closed set of diagnostic codes of the Traefik reader. */
export type TraefikCode =
  | 'TRAEFIK_TOML_SYNTAX'
  | 'TRAEFIK_YAML_SYNTAX'
  | 'TRAEFIK_DUPLICATE_KEY'
  | 'TRAEFIK_INVALID_DURATION'
  | 'TRAEFIK_INVALID_COUNT'
  | 'TRAEFIK_BARE_SECONDS'
  | 'TRAEFIK_TEMPLATE'
  | 'TRAEFIK_NOTHING_TO_READ'
  | 'TRAEFIK_INTERNAL_ERROR';

export type TraefikContext = FileContext<TraefikCode>;

interface Place {
  scope: string;
  /** An entry point (server side) or a servers transport (client side). */
  kind: 'entrypoint' | 'transport';
  key: string;
  type: 'duration' | 'count';
}

const RESPONDING: Record<string, string> = {
  idletimeout: 'respondingTimeouts.idleTimeout',
  readtimeout: 'respondingTimeouts.readTimeout',
};
const TRANSPORT: Record<string, string> = {
  'forwardingtimeouts.idleconntimeout': 'serversTransport.forwardingTimeouts.idleConnTimeout',
  maxidleconnsperhost: 'serversTransport.maxIdleConnsPerHost',
};

const transportPlace = (scope: string, rest: readonly string[]): Place | undefined => {
  const key = ownEntry(TRANSPORT, rest.join('.'));
  if (!key) return undefined;
  return { scope, kind: 'transport', key, type: key.endsWith('PerHost') ? 'count' : 'duration' };
};

/**
 * Where a flat path lands. Static: `entryPoints.<ep>.transport.respondingTimeouts.*` (the Helm
 * chart writes `ports.<ep>.transport.…`), `serversTransport.*`. Dynamic (file provider):
 * `http.serversTransports.<name>.*`. `declared` is an entry point named without timeouts.
 */
function placeOf(e: FlatEntry): Place | { declared: string } | undefined {
  const [root, name = '', ...rest] = e.path;
  const shown = e.segments[1] ?? name;
  if (root === 'entrypoints' || root === 'ports') {
    const scope = `entryPoint ${shown}`;
    if (rest[0] === 'transport' && rest[1] === 'respondingtimeouts' && rest.length === 3) {
      const key = ownEntry(RESPONDING, rest[2] ?? '');
      if (key) return { scope, kind: 'entrypoint', key, type: 'duration' };
    }
    return root === 'entrypoints' && name !== '' ? { declared: scope } : undefined;
  }
  if (root === 'serverstransport') return transportPlace('serversTransport', e.path.slice(1));
  if (root === 'http' && name === 'serverstransports' && rest.length > 1)
    return transportPlace(`serversTransport ${e.segments[2] ?? ''}`, rest.slice(1));
  return undefined;
}

const TEMPLATE = 'filled in by a template or the environment, not set in the pasted files';

/** A Traefik duration in ms: Go syntax (`90s`, `1m30s`) or a bare integer, which is seconds. */
function readDuration(ctx: TraefikContext, e: FlatEntry): SettingScalar | undefined {
  const text = typeof e.value === 'string' ? e.value.trim() : String(e.value);
  if (typeof e.value === 'string' && isPlaceholder(text)) return unknownValue(text, TEMPLATE);
  if (/^\d{1,12}$/.test(text)) {
    if (text !== '0')
      ctx.report(
        'TRAEFIK_BARE_SECONDS',
        'info',
        `${e.written} = ${text}: a number without a unit is seconds in Traefik (${text}s)`,
        e.valueStart,
      );
    return Number(text) * 1000;
  }
  const r = parseDuration(text, 'go');
  if (r.ok && r.value !== null) return r.value;
  ctx.report(
    'TRAEFIK_INVALID_DURATION',
    'error',
    `${e.written}: "${text.slice(0, 40)}" is not a duration (e.g. 90s, 3m, or seconds as a number)`,
    e.valueStart,
  );
  return undefined;
}

function readCount(ctx: TraefikContext, e: FlatEntry): SettingScalar | undefined {
  const text = String(e.value).trim();
  if (typeof e.value === 'string' && isPlaceholder(text)) return unknownValue(text, TEMPLATE);
  if (/^-?\d{1,10}$/.test(text)) return Number(text);
  ctx.report(
    'TRAEFIK_INVALID_COUNT',
    'error',
    `${e.written}: "${text.slice(0, 40)}" is not a whole number`,
    e.valueStart,
  );
  return undefined;
}

/**
 * Nodes from flat entries, in the order first written: entry points (server side) forward to the
 * static `serversTransport`, then to the transports this file defines (client side). A value
 * written again later (a flag after the file) wins, as the last one Traefik reads.
 */
export function buildNodes(
  ctx: TraefikContext,
  entries: readonly FlatEntry[],
  labels: ReadonlyMap<string, string> = new Map(),
): ExtractedNode[] {
  const nodes = new Map<string, { kind: Place['kind']; settings: Record<string, SettingInput> }>();
  const touch = (scope: string, kind: Place['kind']) => {
    const node = nodes.get(scope) ?? { kind, settings: {} };
    nodes.set(scope, node);
    return node;
  };
  for (const e of entries) {
    const place = placeOf(e);
    if (!place) continue;
    if ('declared' in place) {
      touch(place.declared, 'entrypoint');
      continue;
    }
    const node = touch(place.scope, place.kind);
    const value = place.type === 'duration' ? readDuration(ctx, e) : readCount(ctx, e);
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null)
      ctx.report(
        'TRAEFIK_TEMPLATE',
        'warning',
        `${e.written} is filled in by a template (${value.unknown}): its value is unknown here`,
        e.valueStart,
      );
    node.settings[place.key] = ctx.setting(value, e.keyStart, e.segments.at(-1) ?? e.written);
  }
  // The static serversTransport is every entry point's default; named ones follow.
  const transports = [...nodes]
    .filter(([, n]) => n.kind === 'transport')
    .map(([s]) => s)
    .sort((a, b) => Number(b === 'serversTransport') - Number(a === 'serversTransport'));
  return [...nodes].map(([scope, n]) => ({
    tech: 'traefik',
    scope,
    settings: n.settings,
    // One target each: pairing follows the first, and n entry points × m transports would grow.
    ...(n.kind === 'entrypoint' && transports[0] ? { upstreams: [transports[0]] } : {}),
    label: `Traefik ${labels.get(scope) ?? scope}`,
  }));
}
