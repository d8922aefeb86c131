import type { SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import type { NginxCode } from './diagnostics';
import type { NginxArg } from './tree';

/** Which side a directive configures: toward nginx's clients, or an `upstream {}` pool. */
export type SettingScope = 'server-side' | 'upstream';

export interface Reading {
  /** Catalog key (docs/catalog-keys.md). */
  key: string;
  value: SettingScalar;
  /** How the origin names it (`keepalive_timeout`, `proxy_set_header Connection`). */
  setting: string;
}

/** Reports a problem with one argument. */
export type ArgReporter = (arg: NginxArg, code: NginxCode, message: string) => void;

interface SettingRule {
  directive: string;
  scope: SettingScope;
  minArgs: number;
  maxArgs: number;
  read(args: readonly NginxArg[], report: ArgReporter): Reading[];
}

/**
 * A duration in nginx time syntax, in ms. `secondsOnly` for parameters nginx parses as whole
 * seconds (`ngx_parse_time(…, 1)`, e.g. keepalive_timeout's header_timeout), where `ms` is refused.
 */
function readDuration(arg: NginxArg, report: ArgReporter, secondsOnly = false): number | undefined {
  const text = arg.value.replace(/\s+/g, '');
  const parsed = text.includes('$') ? null : parseDuration(text, 'nginx');
  if (parsed?.ok && parsed.value !== null && !(secondsOnly && /ms/.test(text))) return parsed.value;
  const why =
    parsed && !parsed.ok ? `: ${parsed.error}` : secondsOnly ? ' (whole seconds only)' : '';
  report(
    arg,
    'NGINX_BAD_DURATION',
    `"${arg.value}" is not an nginx time (e.g. 65, 65s, 1m30s)${why}`,
  );
  return undefined;
}

function readCount(arg: NginxArg, report: ArgReporter): number | undefined {
  if (/^\d{1,15}$/.test(arg.value)) return Number(arg.value);
  report(arg, 'NGINX_BAD_NUMBER', `"${arg.value}" is not a whole number`);
  return undefined;
}

const reading = (key: string, value: SettingScalar | undefined, setting: string): Reading[] =>
  value === undefined ? [] : [{ key, value, setting }];

const duration = (directive: string, scope: SettingScope, key: string): SettingRule => ({
  directive,
  scope,
  minArgs: 1,
  maxArgs: 1,
  read: ([a], report) => (a ? reading(key, readDuration(a, report), directive) : []),
});

const count = (directive: string, scope: SettingScope, key: string): SettingRule => ({
  directive,
  scope,
  minArgs: 1,
  maxArgs: 1,
  read: ([a], report) => (a ? reading(key, readCount(a, report), directive) : []),
});

/** nginx.org ngx_http_proxy_module: proxy_next_upstream flags. */
const NEXT_UPSTREAM = new Set([
  'error',
  'timeout',
  'denied',
  'invalid_header',
  'http_500',
  'http_502',
  'http_503',
  'http_504',
  'http_403',
  'http_404',
  'http_429',
  'non_idempotent',
  'off',
]);
/** nginx.org ngx_http_proxy_module: proxy_http_version 1.0 | 1.1 | 2. */
const HTTP_VERSIONS = new Set(['1.0', '1.1', '2']);

/** The settings extracted, as data: directive, where it counts, how its arguments read. */
const RULES: readonly SettingRule[] = [
  {
    directive: 'keepalive_timeout',
    scope: 'server-side',
    minArgs: 1,
    maxArgs: 2,
    read: ([timeout, header], report) => [
      ...(timeout
        ? reading('keepalive_timeout', readDuration(timeout, report), 'keepalive_timeout')
        : []),
      ...(header
        ? reading(
            'keepalive_timeout.header_timeout',
            readDuration(header, report, true),
            'keepalive_timeout',
          )
        : []),
    ],
  },
  count('keepalive_requests', 'server-side', 'keepalive_requests'),
  duration('keepalive_time', 'server-side', 'keepalive_time'),
  duration('keepalive_min_timeout', 'server-side', 'keepalive_min_timeout'),
  duration('proxy_read_timeout', 'server-side', 'proxy_read_timeout'),
  {
    directive: 'proxy_http_version',
    scope: 'server-side',
    minArgs: 1,
    maxArgs: 1,
    read: ([a], report) => {
      if (!a) return [];
      if (HTTP_VERSIONS.has(a.value))
        return reading('proxy_http_version', a.value, 'proxy_http_version');
      report(a, 'NGINX_BAD_VALUE', `proxy_http_version "${a.value}" is not one of 1.0, 1.1, 2`);
      return [];
    },
  },
  {
    directive: 'proxy_set_header',
    scope: 'server-side',
    minArgs: 2,
    maxArgs: 2,
    read: ([field, value]) =>
      field && value && field.value.toLowerCase() === 'connection'
        ? reading('proxy_set_header.Connection', value.value, 'proxy_set_header Connection')
        : [],
  },
  {
    directive: 'proxy_next_upstream',
    scope: 'server-side',
    minArgs: 1,
    maxArgs: Infinity,
    read: (args, report) => {
      for (const a of args)
        if (!NEXT_UPSTREAM.has(a.value))
          report(a, 'NGINX_BAD_VALUE', `unknown proxy_next_upstream flag "${a.value}"`);
      return reading(
        'proxy_next_upstream',
        args.map((a) => a.value).join(' '),
        'proxy_next_upstream',
      );
    },
  },
  {
    directive: 'keepalive',
    scope: 'upstream',
    minArgs: 1,
    maxArgs: 2,
    read: ([n, mode], report) => {
      if (mode && mode.value !== 'local')
        report(mode, 'NGINX_BAD_VALUE', `keepalive's 2nd parameter can only be "local"`);
      return n ? reading('upstream.keepalive', readCount(n, report), 'keepalive') : [];
    },
  },
  duration('keepalive_timeout', 'upstream', 'upstream.keepalive_timeout'),
  count('keepalive_requests', 'upstream', 'upstream.keepalive_requests'),
  duration('keepalive_time', 'upstream', 'upstream.keepalive_time'),
];

const BY_SCOPE: Readonly<Record<SettingScope, ReadonlyMap<string, SettingRule>>> = {
  'server-side': new Map(
    RULES.filter((r) => r.scope === 'server-side').map((r) => [r.directive, r]),
  ),
  upstream: new Map(RULES.filter((r) => r.scope === 'upstream').map((r) => [r.directive, r])),
};

/** True when `directive` yields a setting in `scope`. */
export const isSettingDirective = (directive: string, scope: SettingScope): boolean =>
  BY_SCOPE[scope].has(directive);

/**
 * Reads one directive's settings in a scope. Returns null when the directive is not a setting
 * there; an empty list when its arguments are wrong (reported).
 */
export function readSetting(
  directive: string,
  args: readonly NginxArg[],
  scope: SettingScope,
  report: ArgReporter,
  reportArity: (message: string) => void,
): Reading[] | null {
  const rule = BY_SCOPE[scope].get(directive);
  if (!rule) return null;
  if (args.length < rule.minArgs || args.length > rule.maxArgs) {
    const want =
      rule.minArgs === rule.maxArgs
        ? `${rule.minArgs}`
        : rule.maxArgs === Infinity
          ? `at least ${rule.minArgs}`
          : `${rule.minArgs} or ${rule.maxArgs}`;
    reportArity(`"${directive}" takes ${want} argument(s), found ${args.length}`);
    return [];
  }
  return rule.read(args, report);
}
