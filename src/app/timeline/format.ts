import { describeFileLine, type Origin } from '../../core/model/origin';

const THIN = '\u2009';

/** Groups the integer part in threes with thin spaces: 60000.5 → `60 000.5`. */
function groupDigits(text: string): string {
  const [int = '', frac] = text.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.length > 4 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN) : digits;
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Fixed decimals, trailing zeros dropped: 0.250 → `0.25`. */
function trimFixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Decimals needed to show a value exactly to within `stepMs` (at most 6). */
export function decimalsForStep(stepMs: number): number {
  if (!(stepMs > 0)) return 3;
  return Math.min(6, Math.max(0, Math.ceil(-Math.log10(stepMs) - 1e-9)));
}

/**
 * An axis label for a time in ms, precise to the tick step: steps of a second or more read in
 * seconds (`20 s`), smaller steps in milliseconds with the decimals the step needs (`5 000.5 ms`).
 */
export function formatTick(valueMs: number, stepMs: number): string {
  if (stepMs >= 1000) {
    return `${groupDigits(trimFixed(valueMs / 1000, decimalsForStep(stepMs / 1000)))} s`;
  }
  return `${groupDigits(trimFixed(valueMs, decimalsForStep(stepMs)))} ms`;
}

/** Parses a label made by `formatTick` back to ms (for tests and the slider's text). */
export function parseTick(label: string): number {
  const m = /^(-?[\d\u2009.]+) (ms|s)$/.exec(label);
  if (!m) return Number.NaN;
  const n = Number((m[1] ?? '').replaceAll(THIN, ''));
  return m[2] === 's' ? n * 1000 : n;
}

/**
 * A time or duration in ms for captions, exact to 1 µs: under 1 s or with a fraction of a
 * second in ms (`4 999.75 ms`), whole seconds as seconds (`5 s`), whole minutes from 2 min up.
 * `null` reads as no limit.
 */
export function formatMs(valueMs: number | null): string {
  if (valueMs === null) return '∞';
  if (!Number.isFinite(valueMs)) return '∞';
  const v = Math.round(valueMs * 1000) / 1000;
  if (v !== 0 && v % 1000 === 0) {
    if (v >= 120_000 && v % 60_000 === 0) return `${groupDigits(String(v / 60_000))} min`;
    return `${groupDigits(String(v / 1000))} s`;
  }
  return `${groupDigits(trimFixed(v, 3))} ms`;
}

/** A short origin for a label next to a timer: `nginx.conf:12`, `nginx default`, `fix plan`. */
export function formatOriginShort(origin: Origin): string {
  switch (origin.kind) {
    case 'explicit':
      return describeFileLine(origin.file, origin.line);
    case 'default':
      return `${origin.tech} default${origin.assumption ? ' (assumed)' : ''}`;
    case 'fallback':
      return `from ${origin.from}`;
    case 'hint':
      return `Keep-Alive hint from ${origin.from}`;
    case 'edit':
      return 'edited';
    case 'fix':
      return 'after the fix';
  }
}

/**
 * The length of a compressed stretch, to three significant digits: exact below 1 s
 * (`13.75 ms`), else seconds marked `≈` when rounded (`≈ 55 s`).
 */
export function formatSpan(valueMs: number): string {
  if (valueMs < 1000) return `${trimFixed(valueMs, 3)} ms`;
  const s = valueMs / 1000;
  const rounded = Number(s.toPrecision(3));
  return `${rounded === s ? '' : '≈ '}${groupDigits(String(rounded))} s`;
}
