import type { SettingScalar } from '../../model/chain';
import type { Token } from './argv';

export type PyProgram = 'gunicorn' | 'uvicorn';
export type PyValueKind = 'seconds' | 'count' | 'text';

/** One setting of gunicorn or uvicorn: catalog key and how its value is written. */
export interface PySetting {
  tech: PyProgram;
  key: string;
  kind: PyValueKind;
}

/** Command-line options (docs: gunicorn settings, `uvicorn --help`) → catalog keys. */
const FLAGS: Readonly<Record<PyProgram, Readonly<Record<string, PySetting>>>> = {
  gunicorn: {
    '--keep-alive': { tech: 'gunicorn', key: 'keepalive', kind: 'seconds' },
    '-k': { tech: 'gunicorn', key: 'worker_class', kind: 'text' },
    '--worker-class': { tech: 'gunicorn', key: 'worker_class', kind: 'text' },
    '--threads': { tech: 'gunicorn', key: 'threads', kind: 'count' },
  },
  uvicorn: {
    '--timeout-keep-alive': { tech: 'uvicorn', key: 'timeout_keep_alive', kind: 'seconds' },
  },
};

/** Look-alikes that the program rejects, with the spelling it wants. */
const MISSPELLED: Readonly<Record<PyProgram, Readonly<Record<string, string>>>> = {
  gunicorn: {
    '--keepalive': '--keep-alive',
    '--keep_alive': '--keep-alive',
    '--timeout-keep-alive': '--keep-alive',
  },
  uvicorn: {
    '--keep-alive': '--timeout-keep-alive',
    '--keepalive': '--timeout-keep-alive',
    '--timeout-keepalive': '--timeout-keep-alive',
  },
};

/** gunicorn.conf.py names and `uvicorn.run(…)` keyword arguments → catalog keys. */
export const CONF_SETTINGS: Readonly<Record<string, PySetting>> = {
  keepalive: { tech: 'gunicorn', key: 'keepalive', kind: 'seconds' },
  worker_class: { tech: 'gunicorn', key: 'worker_class', kind: 'text' },
  threads: { tech: 'gunicorn', key: 'threads', kind: 'count' },
};
export const UVICORN_KWARGS: Readonly<Record<string, PySetting>> = {
  timeout_keep_alive: { tech: 'uvicorn', key: 'timeout_keep_alive', kind: 'seconds' },
};

export const lookupSetting = (
  table: Readonly<Record<string, PySetting>>,
  name: string,
): PySetting | undefined => (Object.hasOwn(table, name) ? table[name] : undefined);

/** An option found in argv: the flag token, its setting and its value token (if any). */
export interface FoundOption {
  flag: Token;
  name: string;
  setting?: PySetting;
  /** Set when the spelling is wrong: the right one. */
  correct?: string;
  value?: { text: string; start: number; end: number };
}

/** Scans the words after the program name for the options the catalog knows. */
export function findOptions(program: PyProgram, args: readonly Token[]): FoundOption[] {
  const out: FoundOption[] = [];
  const flags = FLAGS[program];
  for (let i = 0; i < args.length; i++) {
    const t = args[i];
    if (!t || t.op || !t.text.startsWith('-')) continue;
    const eq = t.text.indexOf('=');
    const name = t.text.startsWith('--') && eq > 0 ? t.text.slice(0, eq) : t.text;
    const attached = name !== t.text ? t.text.slice(eq + 1) : undefined;
    const short = program === 'gunicorn' && /^-k.+/.test(t.text) ? t.text.slice(2) : undefined;
    const setting = lookupSetting(flags, short !== undefined ? '-k' : name);
    const correct = Object.hasOwn(MISSPELLED[program], name)
      ? MISSPELLED[program][name]
      : undefined;
    if (!setting && !correct) continue;
    const inline = attached ?? short;
    const next = args[i + 1];
    const value =
      inline !== undefined
        ? { text: inline, start: t.start, end: t.end }
        : next && !next.op && !next.text.startsWith('-')
          ? next
          : undefined;
    if (inline === undefined && value) i++;
    out.push({
      flag: t,
      name: short !== undefined ? '-k' : name,
      ...(setting ? { setting } : {}),
      ...(correct ? { correct } : {}),
      ...(value ? { value } : {}),
    });
  }
  return out;
}

/**
 * Converts a written value: seconds → ms, counts as integers, text as is; undefined if invalid.
 * `integer`: command-line flags, which both programs parse as `int`.
 */
export function convertValue(
  kind: PyValueKind,
  text: string,
  integer = false,
): SettingScalar | undefined {
  const t = text.trim();
  if (kind === 'text') return t === '' ? undefined : t;
  const number = integer ? /^\d+$/ : /^\d+(?:\.\d+)?$/;
  if (!number.test(t.replace(/_/g, ''))) return undefined;
  const n = Number(t.replace(/_/g, ''));
  if (kind === 'count') return Number.isInteger(n) ? n : undefined;
  return Math.round(n * 1000 * 1e6) / 1e6;
}
