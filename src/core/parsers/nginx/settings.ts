import { unknownValue, type UnknownValue } from '../../model/value';
import type { SettingScalar } from '../../model/chain';
import { parseDuration } from '../../model/duration';
import type { NginxCode } from './diagnostics';
import { ENV_PLACEHOLDER_REASON, hasEnvPlaceholder } from './envsubst';

/** Which side a directive configures: toward nginx's clients, or an `upstream {}` pool. */
export type SettingScope = 'server-side' | 'upstream';

export interface Reading {
  /** Catalog key (docs/catalog-keys.md). */
  key: string;
  value: SettingScalar;
  /** How the origin names it (`keepalive_timeout`, `proxy_set_header Connection`). */
  setting: string;
}

/** Reports a problem with one argument, by its index among the directive's arguments. */
export type ArgReporter = (index: number, code: NginxCode, message: string) => void;

/** Rules read their arguments by index: destructuring runs the iterator while code is cold. */
interface SettingRule {
  directive: string;
  scope: SettingScope;
  minArgs: number;
  maxArgs: number;
  /** Appends the directive's readings to `out`. */
  read(args: readonly string[], report: ArgReporter, out: Reading[]): void;
}

/** Parsed nginx times by text: a large config repeats the same few values thousands of times. */
const durations = new Map<string, number | string>();
const wholeSeconds = new Map<string, number | string>();
const MAX_REMEMBERED = 4096;

/** An nginx time in ms, or why it is not one (`written`: the argument as written). */
function parseNginxTime(written: string, secondsOnly: boolean): number | string {
  // Remembered by the text as written, so a repeated value skips removing its blanks too.
  const cache = secondsOnly ? wholeSeconds : durations;
  const known = cache.get(written);
  if (known !== undefined) return known;
  const text = written.replace(/\s+/g, '');
  const parsed = text.includes('$') ? null : parseDuration(text, 'nginx');
  let result: number | string;
  if (parsed?.ok && parsed.value !== null && !(secondsOnly && /ms/.test(text)))
    result = parsed.value;
  else
    result =
      parsed && !parsed.ok ? `: ${parsed.error}` : secondsOnly ? ' (whole seconds only)' : '';
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(written, result);
  return result;
}

/**
 * A duration in nginx time syntax, in ms. `secondsOnly` for parameters nginx parses as whole
 * seconds (`ngx_parse_time(…, 1)`, e.g. keepalive_timeout's header_timeout), where `ms` is refused.
 */
function readDuration(
  args: readonly string[],
  index: number,
  report: ArgReporter,
  secondsOnly = false,
): number | UnknownValue {
  const arg = args[index] ?? '';
  // A template's placeholder no given file fills in: unknown, said once by NGINX_ENV_PLACEHOLDER.
  if (hasEnvPlaceholder(arg)) return unknownValue(arg, ENV_PLACEHOLDER_REASON);
  const result = parseNginxTime(arg, secondsOnly);
  if (typeof result === 'number') return result;
  report(
    index,
    'NGINX_BAD_DURATION',
    `"${arg}" is not an nginx time (e.g. 65, 65s, 1m30s)${result}`,
  );
  // Written but unreadable (nginx -t refuses it): unknown, never the default in its place.
  return unknownValue(arg, 'not an nginx time: nginx refuses this file');
}

function readCount(
  args: readonly string[],
  index: number,
  report: ArgReporter,
): number | UnknownValue {
  const arg = args[index] ?? '';
  if (/^\d{1,15}$/.test(arg)) return Number(arg);
  if (hasEnvPlaceholder(arg)) return unknownValue(arg, ENV_PLACEHOLDER_REASON);
  report(index, 'NGINX_BAD_NUMBER', `"${arg}" is not a whole number`);
  return unknownValue(arg, 'not a whole number: nginx refuses this file');
}

const add = (
  out: Reading[],
  key: string,
  value: SettingScalar | undefined,
  setting: string,
): void => {
  if (value !== undefined) out.push({ key, value, setting });
};

const duration = (directive: string, scope: SettingScope, key: string): SettingRule => ({
  directive,
  scope,
  minArgs: 1,
  maxArgs: 1,
  read: (args, report, out) => {
    if (args.length > 0) add(out, key, readDuration(args, 0, report), directive);
  },
});

const count = (directive: string, scope: SettingScope, key: string): SettingRule => ({
  directive,
  scope,
  minArgs: 1,
  maxArgs: 1,
  read: (args, report, out) => {
    if (args.length > 0) add(out, key, readCount(args, 0, report), directive);
  },
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
/** Unknown proxy_next_upstream flags named one by one; the rest are counted. */
const MAX_BAD_FLAGS = 3;

/** nginx.org ngx_http_proxy_module: proxy_http_version 1.0 | 1.1 | 2. */
const HTTP_VERSIONS = new Set(['1.0', '1.1', '2']);

/** The settings extracted, as data: directive, where it counts, how its arguments read. */
const RULES: readonly SettingRule[] = [
  {
    directive: 'keepalive_timeout',
    scope: 'server-side',
    minArgs: 1,
    maxArgs: 2,
    read: (args, report, out) => {
      if (args.length > 0)
        add(out, 'keepalive_timeout', readDuration(args, 0, report), 'keepalive_timeout');
      if (args.length > 1)
        add(
          out,
          'keepalive_timeout.header_timeout',
          readDuration(args, 1, report, true),
          'keepalive_timeout',
        );
    },
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
    read: (args, report, out) => {
      const a = args[0];
      if (a === undefined) return;
      if (HTTP_VERSIONS.has(a)) add(out, 'proxy_http_version', a, 'proxy_http_version');
      else report(0, 'NGINX_BAD_VALUE', `proxy_http_version "${a}" is not one of 1.0, 1.1, 2`);
    },
  },
  {
    directive: 'proxy_set_header',
    scope: 'server-side',
    minArgs: 2,
    maxArgs: 2,
    read: (args, _report, out) => {
      const field = args[0];
      const value = args[1];
      if (field !== undefined && value !== undefined && field.toLowerCase() === 'connection')
        add(out, 'proxy_set_header.Connection', value, 'proxy_set_header Connection');
    },
  },
  {
    directive: 'proxy_next_upstream',
    scope: 'server-side',
    minArgs: 1,
    maxArgs: Infinity,
    read: (args, report, out) => {
      // A few flags named, the rest counted: one line of garbage is not thousands of problems.
      const bad = args.flatMap((a, i) => (NEXT_UPSTREAM.has(a) ? [] : [i]));
      for (const i of bad.slice(0, MAX_BAD_FLAGS))
        report(i, 'NGINX_BAD_VALUE', `unknown proxy_next_upstream flag "${args[i]}"`);
      const more = bad[MAX_BAD_FLAGS];
      if (more !== undefined)
        report(
          more,
          'NGINX_BAD_VALUE',
          `and ${bad.length - MAX_BAD_FLAGS} more unknown proxy_next_upstream flags`,
        );
      add(out, 'proxy_next_upstream', args.join(' '), 'proxy_next_upstream');
    },
  },
  {
    directive: 'keepalive',
    scope: 'upstream',
    minArgs: 1,
    maxArgs: 2,
    read: (args, report, out) => {
      if (args.length > 1 && args[1] !== 'local')
        report(1, 'NGINX_BAD_VALUE', `keepalive's 2nd parameter can only be "local"`);
      if (args.length > 0) add(out, 'upstream.keepalive', readCount(args, 0, report), 'keepalive');
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

const SERVER_SIDE = BY_SCOPE['server-side'];
const UPSTREAM = BY_SCOPE.upstream;

/** Every directive that yields a setting in some scope. */
export const SETTING_DIRECTIVES: ReadonlySet<string> = new Set(RULES.map((r) => r.directive));

/** True when `directive` yields a setting in `scope`. */
export const isSettingDirective = (directive: string, scope: SettingScope): boolean =>
  (scope === 'upstream' ? UPSTREAM : SERVER_SIDE).has(directive);

/**
 * Reads one directive's settings in a scope into `out`. Returns false when the directive is not
 * a setting there; true otherwise, with nothing added when its arguments are wrong (reported).
 */
export function readSetting(
  directive: string,
  args: readonly string[],
  scope: SettingScope,
  report: ArgReporter,
  reportArity: (message: string) => void,
  out: Reading[],
): boolean {
  const rule = (scope === 'upstream' ? UPSTREAM : SERVER_SIDE).get(directive);
  if (!rule) return false;
  if (args.length < rule.minArgs || args.length > rule.maxArgs) {
    const want =
      rule.minArgs === rule.maxArgs
        ? `${rule.minArgs}`
        : rule.maxArgs === Infinity
          ? `at least ${rule.minArgs}`
          : `${rule.minArgs} or ${rule.maxArgs}`;
    reportArity(`"${directive}" takes ${want} argument(s), found ${args.length}`);
    return true;
  }
  rule.read(args, report, out);
  return true;
}
