import type { SettingInput, SettingScalar } from '../../model/chain';
import type { LocateInFile, SpanDiagnostic } from '../../source/diagnostic';
import { writtenSetting } from '../written';
import type { Token } from './lexer';
import type { ReadValue } from './values';

/** A value found in a Caddy config, before lines are counted. */
export interface Written {
  value: SettingScalar;
  file: string;
  at: number;
  setting: string;
}

export type ValueCode = 'CADDY_INVALID_VALUE' | 'CADDY_MISSING_VALUE';

/** Reads values into a settings map and reports the ones that do not parse. */
export class Reader {
  readonly diagnostics: SpanDiagnostic[] = [];

  /** Reads `value` (the token after the directive `name`) into `into[key]`. */
  read(
    into: Map<string, Written>,
    key: string,
    name: Token,
    value: Token | undefined,
    parse: (text: string) => ReadValue,
  ): void {
    if (!value) {
      this.report('CADDY_MISSING_VALUE', `${name.text} needs a value`, name);
      return;
    }
    const r = parse(value.text);
    if (!r.ok) {
      this.report('CADDY_INVALID_VALUE', `${name.text}: ${r.reason}`, value);
      return;
    }
    into.set(key, { value: r.value, file: name.file, at: name.start, setting: name.text });
  }

  report(code: ValueCode, message: string, at: Token): void {
    this.diagnostics.push({
      code,
      severity: 'error',
      message,
      file: at.file,
      start: at.start,
      end: at.end,
    });
  }
}

/** The settings of a node, each with its explicit origin. */
export function toSettings(
  settings: ReadonlyMap<string, Written>,
  locate: LocateInFile,
): Record<string, SettingInput> {
  const out: Record<string, SettingInput> = {};
  for (const [k, w] of settings)
    out[k] = writtenSetting(w.value, w.file, locate(w.file, w.at), w.setting);
  return out;
}

/** `base`, then `base #2`, `base #3` … for scopes written more than once. */
export function uniqueScopes(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} #${n}`;
  };
}
