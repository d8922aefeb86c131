/**
 * Finds the time a log line was written, in ms since the epoch (UTC when the line names no
 * zone). Forms, tried in this order within the first 200 characters of the line:
 * - ISO 8601 and its log variants: `2024-05-01T12:00:03.123Z`, `2024-05-01 12:00:03,123`,
 *   `2024/05/01 12:00:03` (nginx error log, Go's log package), with an optional zone.
 * - Common Log Format (HAProxy, access logs): `01/May/2024:12:00:03.123 +0000`.
 * - syslog without a year: `May  1 12:00:03` (placed in the year 2001; only gaps matter).
 * Each regex is anchored to fixed-width digit groups with no nested repetition: linear.
 */
const ISO =
  /(\d{4})[-/](\d\d)[-/](\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d{1,9}))?(Z|[+-]\d\d:?\d\d)?/;
const CLF =
  /(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(?: ([+-]\d{4}))?/;
const SYSLOG = /\b([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)\b/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds of a fraction of a second written with any number of digits. */
const fractionMs = (digits: string | undefined): number =>
  digits ? Number(`0.${digits}`) * 1000 : 0;

/** `+02:00`, `-0500`, `Z` → minutes east of UTC. */
function zoneMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function utc(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  frac: number,
  zone: number,
): number | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  return Date.UTC(y, mo, d, h, mi, s) + frac - zone * 60_000;
}

/** The line's timestamp in ms since the epoch, or null when it has none of the known forms. */
export function readTimestamp(line: string): number | null {
  const head = line.slice(0, 200);
  const iso = ISO.exec(head);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    return utc(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, fractionMs(frac), zoneMinutes(zone));
  }
  const clf = CLF.exec(head);
  if (clf) {
    const [, d, mon, y, h, mi, s, frac, zone] = clf;
    const mo = MONTHS.indexOf(mon ?? '');
    return utc(+y!, mo, +d!, +h!, +mi!, +s!, fractionMs(frac), zoneMinutes(zone));
  }
  const sys = SYSLOG.exec(head);
  if (sys) {
    const [, mon, d, h, mi, s] = sys;
    const mo = MONTHS.indexOf(mon ?? '');
    return utc(2001, mo, +d!, +h!, +mi!, +s!, 0, 0);
  }
  return null;
}
