/** Number formatting for the reset-rate panel: fixed rules, no locale, so tests can read values back. */

/** Digit groups of three, separated by a thin no-break space: `86 400`. */
const THIN = '\u202f';

/** `x` to `digits` significant digits, trailing zeros trimmed: 0.0011756 → `0.00118`. */
const toSignificant = (x: number, digits: number): string => String(Number(x.toPrecision(digits)));

/** A whole number with grouped digits: 1176 → `1 176`. */
export function groupDigits(n: number): string {
  const [int = '', frac] = String(n).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, THIN);
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10 to the integer power `k`, as text: 0 → `1`, 1 → `10`, −6 → `10⁻⁶`. */
export function formatPowerOfTen(k: number): string {
  if (k === 0) return '1';
  if (k === 1) return '10';
  return `10${String(k).replace(/[-\d]/g, (c) => SUPERSCRIPT[c] ?? c)}`;
}

/**
 * A probability (0..1) as a percentage to 3 significant digits: 0.00117557 → `0.118 %`.
 * Below 10⁻⁵ (0.001 %) as a power of ten: 1.2e-9 → `1.2 × 10⁻⁹`. Exactly 0 → `0 %`.
 */
export function formatProbability(p: number): string {
  if (p === 0) return '0 %';
  if (p >= 1e-5) return `${toSignificant(p * 100, 3)} %`;
  let k = Math.floor(Math.log10(p));
  let mantissa = toSignificant(p / 10 ** k, 2);
  if (mantissa === '10') [k, mantissa] = [k + 1, '1']; // 9.99e-6 rounds up a decade
  return mantissa === '1' ? formatPowerOfTen(k) : `${mantissa} × ${formatPowerOfTen(k)}`;
}

/**
 * A probability as a percentage, always (the loss table keeps one format): 0.00117 → `0.117 %`;
 * below 0.001 % → `< 0.001 %`, so 1.3 × 10⁻²⁷ never sits beside percentages; 0 → `0 %`.
 */
export function formatPercent(p: number): string {
  if (p === 0) return '0 %';
  if (p < 1e-5) return '< 0.001 %';
  return `${toSignificant(p * 100, 3)} %`;
}

/**
 * A non-negative expected count (lost per million, per day): 0 → `0`, under 0.01 → `< 0.01`,
 * under 100 to 3 significant digits (`20.3`), else a grouped whole number (`1 176`).
 */
export function formatCount(x: number): string {
  if (x === 0) return '0';
  if (x < 0.01) return '< 0.01';
  if (x < 100) return toSignificant(x, 3);
  return groupDigits(Math.round(x));
}

/** Requests per second for people: 0.2 → `0.2`, 1000 → `1 000`, 0.0001234 → `0.000123`. */
export const formatRps = (rps: number): string =>
  groupDigits(Number(rps >= 1000 ? Math.round(rps) : toSignificant(rps, 3)));

/** A request count in words for the run size: 1e6 → `1 M`, 1e8 → `100 M`, 65 536 → `65 536`. */
export function formatRequests(n: number): string {
  if (n >= 1e6 && n % 1e5 === 0) return `${String(n / 1e6)} M`;
  return groupDigits(n);
}
