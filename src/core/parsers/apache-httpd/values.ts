import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { Word } from './lexer';
import { ownEntry } from '../../model/own-entry';

/** `Define`d names: `${NAME}` in a directive takes their value. */
export type Defines = ReadonlyMap<string, string>;

export type ReadValue = { ok: true; value: SettingScalar } | { ok: false; reason: string };

const VAR = /\$\{([^}\s]{1,200})\}/g;

/** The text with `${NAME}` replaced from `Define`s, or the first name not defined. */
export function substitute(text: string, defines: Defines): { text: string } | { missing: string } {
  if (!text.includes('${')) return { text };
  let missing: string | undefined;
  const out = text.replace(VAR, (all, name: string) => {
    const v = defines.get(name);
    if (v === undefined) missing ??= name;
    return v ?? all;
  });
  return missing === undefined ? { text: out } : { missing };
}

function read(
  text: string,
  raw: string,
  defines: Defines,
  parse: (t: string) => ReadValue,
): ReadValue {
  const s = substitute(text, defines);
  if ('missing' in s)
    return {
      ok: true,
      value: unknownValue(raw, `\${${s.missing}} is neither Defined in the pasted files nor known`),
    };
  return parse(s.text);
}

/** Units of `ap_timeout_parameter_parse` (httpd util.c): ms, s, mi(n), h; none = seconds. */
const UNIT_MS: Record<string, number> = {
  '': 1000,
  s: 1000,
  ms: 1,
  mi: 60_000,
  min: 60_000,
  h: 3_600_000,
};

/** A time such as `KeepAliveTimeout 5` or `KeepAliveTimeout 500ms`, in ms. */
export const readTime = (w: Word, defines: Defines): ReadValue =>
  read(w.text, w.text, defines, (t) => {
    const m = /^(\d{1,12})([a-z]*)$/i.exec(t.trim());
    const factor = m ? ownEntry(UNIT_MS, (m[2] ?? '').toLowerCase()) : undefined;
    if (!m || factor === undefined)
      return { ok: false, reason: `"${t}" is not a time (5, 5s, 500ms)` };
    return { ok: true, value: Number(m[1]) * factor };
  });

/** Whole seconds (`ttl=60`), in ms. */
export const readSeconds = (text: string, defines: Defines): ReadValue =>
  read(text, text, defines, (t) =>
    /^\d{1,12}$/.test(t)
      ? { ok: true, value: Number(t) * 1000 }
      : { ok: false, reason: `"${t}" is not a whole number of seconds` },
  );

/** A whole number (`MaxKeepAliveRequests 100`). */
export const readCount = (text: string, defines: Defines): ReadValue =>
  read(text, text, defines, (t) =>
    /^\d{1,10}$/.test(t)
      ? { ok: true, value: Number(t) }
      : { ok: false, reason: `"${t}" is not a whole number` },
  );

/** `On` / `Off`, in any case. */
export const readOnOff = (text: string, defines: Defines): ReadValue =>
  read(text, text, defines, (t) => {
    const v = t.toLowerCase();
    if (v === 'on' || v === 'off') return { ok: true, value: v === 'on' };
    return { ok: false, reason: `"${t}" is neither On nor Off` };
  });
