import type { LocateInFile } from '../../source/diagnostic';
import type { SettingInput } from '../../model/chain';
import type { NginxSpanDiagnostic } from './diagnostics';
import {
  isSettingDirective,
  readSetting,
  type ArgReporter,
  type Reading,
  type SettingScope,
} from './settings';
import { argumentSpans, type NginxDirective } from './tree';
import { writtenSetting } from '../written';
import { isStockProxyParams } from './include-match';

/** Settings by catalog key, each with its explicit origin. */
export type Settings = Record<string, SettingInput>;

/** What one block writes itself, before inheritance. */
export interface Level {
  values: Settings;
  /** The first `proxy_set_header` of the block: nginx then inherits none from outer blocks. */
  firstHeader: NginxDirective | null;
}

/** The directive a setting written with a variable was read from (for diagnostics about it). */
export const writtenBy = new WeakMap<SettingInput, NginxDirective>();

/** 1-based position of an offset in a file. */

/** Directives that nginx lets appear several times in one block (array-valued). */
const REPEATABLE = new Set(['proxy_set_header']);

/** An error about a directive, or about one of its arguments. */
function report(
  diagnostics: NginxSpanDiagnostic[],
  d: NginxDirective,
  code: NginxSpanDiagnostic['code'],
  message: string,
  at: { start: number; end: number } = d,
): void {
  diagnostics.push({
    code,
    severity: 'error',
    message,
    file: d.file,
    start: at.start,
    end: at.end,
  });
}

/**
 * The directive `readLevel` is reading, for the reporters `readSetting` calls: set before each
 * call, so the reporters are made once, not per block or per directive (thousands of each).
 */
const NO_DIAGNOSTICS: NginxSpanDiagnostic[] = [];
const NO_TEXT = (): string => '';
const reading: {
  directive: NginxDirective | null;
  diagnostics: NginxSpanDiagnostic[];
  textOf: (file: string) => string;
  /** The argument spans of `directive`, found once when a first diagnostic needs one. */
  spans: { start: number; end: number }[] | null;
} = { directive: null, diagnostics: NO_DIAGNOSTICS, textOf: NO_TEXT, spans: null };
/** Underlines the argument itself, found again in the file's text (the whole directive without it). */
const reportArg: ArgReporter = (index, code, message) => {
  const d = reading.directive;
  if (!d) return;
  reading.spans ??= argumentSpans(reading.textOf(d.file), d.start, d.args.length);
  report(reading.diagnostics, d, code, message, reading.spans[index]);
};
const reportArity = (message: string): void => {
  if (reading.directive)
    report(reading.diagnostics, reading.directive, 'NGINX_BAD_ARGUMENTS', message);
};
/** The readings of one directive: consumed right after `readSetting` fills it. */
const READINGS: Reading[] = [];

/**
 * Reads the settings one block writes directly (not its children). A repeated single-valued
 * directive is nginx's "is duplicate" error: the first one is kept. `other` sees every other
 * directive of the block, in order, so a caller needs no second pass over it. `textOf` gives a
 * file's text, for the span of an argument a diagnostic is about.
 */
export function readLevel(
  directives: readonly NginxDirective[],
  scope: SettingScope,
  locate: LocateInFile,
  diagnostics: NginxSpanDiagnostic[],
  other?: (d: NginxDirective) => void,
  textOf: (file: string) => string = NO_TEXT,
): Level {
  const values: Settings = {};
  // Blocks set a handful of directives: a short list beats a Set here (made at the first one).
  let seen: string[] | null = null;
  let firstHeader: NginxDirective | null = null;
  const readings = READINGS;
  for (let i = 0; i < directives.length; i++) {
    const d = directives[i];
    if (d === undefined) continue;
    if (d.children || !isSettingDirective(d.name, scope)) {
      // An `include proxy_params` left in the tree was not given: its stock content sets headers.
      if (d.name === 'include' && !d.children && isStockProxyParams(d.args[0] ?? ''))
        firstHeader ??= d;
      other?.(d);
      continue;
    }
    readings.length = 0;
    reading.directive = d;
    reading.diagnostics = diagnostics;
    reading.textOf = textOf;
    reading.spans = null;
    readSetting(d.name, d.args, scope, reportArg, reportArity, readings);
    if (d.name === 'proxy_set_header') firstHeader ??= d;
    seen ??= [];
    if (seen.includes(d.name) && !REPEATABLE.has(d.name)) {
      report(
        diagnostics,
        d,
        'NGINX_DUPLICATE_DIRECTIVE',
        `"${d.name}" is duplicate in this block; the first one counts`,
      );
      continue;
    }
    seen.push(d.name);
    if (readings.length === 0) continue;
    const at = locate(d.file, d.start);
    for (let k = 0; k < readings.length; k++) {
      const r = readings[k];
      if (r === undefined || r.key in values) continue;
      const setting = writtenSetting(r.value, d.file, at, r.setting);
      values[r.key] = setting;
      // Only a Connection header from a variable is explained later; a WeakMap entry per setting
      // costs too much on a large file.
      if (typeof r.value === 'string' && r.value.includes('$')) writtenBy.set(setting, d);
    }
  }
  // Holds nothing of this file once read.
  readings.length = 0;
  reading.directive = null;
  reading.diagnostics = NO_DIAGNOSTICS;
  reading.textOf = NO_TEXT;
  reading.spans = null;
  return { values, firstHeader };
}

const CONNECTION = 'proxy_set_header.Connection';

/**
 * The settings in effect in a block: the outer block's, overridden key by key by its own
 * (nginx's merge: keepalive_timeout's two parameters merge separately). `proxy_set_header` is
 * array-valued: a block with any of its own inherits none, so an outer `Connection` is lost.
 */
export function inheritLevel(
  outer: Settings,
  level: Level,
  diagnostics: NginxSpanDiagnostic[],
): Settings {
  const header = level.firstHeader;
  // A block that sets nothing shares the outer settings object (treat results as read-only).
  if (header === null && isEmpty(level.values)) return outer;
  const out: Settings = { ...outer };
  if (header && out[CONNECTION] && !level.values[CONNECTION]) {
    diagnostics.push({
      code: 'NGINX_HEADER_NOT_INHERITED',
      severity: 'info',
      message:
        header.name === 'include'
          ? `"include ${header.args[0] ?? ''}" sets this block's own proxy_set_header lines (Debian/Ubuntu's stock file), so the outer "proxy_set_header Connection" no longer applies here: nginx falls back to its default Connection header ("close" before 1.29.7)`
          : 'this block sets its own proxy_set_header, so the outer "proxy_set_header Connection" no longer applies here',
      file: header.file,
      start: header.start,
      end: header.end,
    });
  }
  if (header) delete out[CONNECTION];
  return Object.assign(out, level.values);
}

/** True when a block sets no value of its own. */
function isEmpty(values: Settings): boolean {
  for (const _ in values) return false;
  return true;
}
