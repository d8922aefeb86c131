import type { SettingScalar } from '../../model/chain';
import type { Line, Word } from './lexer';

/** A value as written: the value, where its keyword starts, and the keyword as written. */
export interface Written {
  value: SettingScalar;
  at: number;
  setting: string;
}

/** HTTP connection mode of a proxy (configuration manual, "HTTP connection modes"). */
export type HttpMode = 'keep-alive' | 'server-close' | 'close';

/** What a section says about keep-alive after its defaults: the parser's working state. */
export interface ProxyState {
  /** Catalog key → value (timeouts, http-reuse, retries, retry-on). */
  values: Map<string, Written>;
  /** The last `option http-keep-alive | http-server-close | httpclose` in effect. */
  mode?: Omit<Written, 'value'> & { value: HttpMode };
  /** `mode tcp` or `mode http` in effect (HAProxy's own default is tcp). */
  proxyMode?: Written;
  /** Its defaults could not be found (`from` an unknown name): its mode is not known either. */
  modeUnknown?: true;
  /** `default-server` parameters: catalog key → value. */
  defaultServer: Map<string, Written>;
  /** `server` lines with their own parameters (not inherited from defaults). */
  servers: { name: Word; params: Map<string, Written> }[];
  /** `default_backend` and `use_backend` targets (not inherited). */
  routes: Word[];
  defaultRoute?: Word;
}

export const emptyState = (): ProxyState => ({
  values: new Map(),
  defaultServer: new Map(),
  servers: [],
  routes: [],
});

/** What a section inherits from a `defaults` section: everything but servers and routes. */
export const inheritState = (from: ProxyState): ProxyState => ({
  values: new Map(from.values),
  ...(from.mode ? { mode: from.mode } : {}),
  ...(from.proxyMode ? { proxyMode: from.proxyMode } : {}),
  defaultServer: new Map(from.defaultServer),
  servers: [],
  routes: [],
  ...(from.defaultRoute ? { defaultRoute: from.defaultRoute } : {}),
});

/** The keyword as written, from its first word to `last` (`timeout  http-keep-alive`). */
export const settingText = (text: string, first: Word, last: Word): string =>
  text.slice(first.start, last.end);

/** The words of a line after a leading `no` / `default` prefix, and that prefix. */
export function splitPrefix(line: Line): { prefix?: Word; words: Word[] } {
  const [first, ...rest] = line.words;
  if (first && (first.text === 'no' || first.text === 'default') && rest.length > 0)
    return { prefix: first, words: rest };
  return { words: line.words };
}
