import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import { unresolvedValue } from '../code/unknown';
import { evaluateJs } from '../node/values';
import type { CdkScan } from './scan';

/** `Duration.<unit>(n)` factors in ms (`cdk.Duration.seconds`, `core.Duration.minutes`). */
const UNIT_MS: Readonly<Record<string, number>> = {
  millis: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
};
const DURATION =
  /^(?:[\w$]+\s*\.\s*)?Duration\s*\.\s*(millis|seconds|minutes|hours|days)\s*\(([\s\S]*)\)$/;

/**
 * A CDK `Duration` prop in ms: `Duration.seconds(120)`, `Duration.minutes(IDLE_MIN)` with the
 * file's constants; anything else (a prop, a context value) is unknown with a warning.
 */
export function durationValue(
  cdk: CdkScan,
  written: string,
  start: number,
  end: number,
): SettingScalar {
  const m = DURATION.exec(written.trim());
  const factor = m?.[1] === undefined ? undefined : UNIT_MS[m[1]];
  if (m && factor !== undefined) {
    const n = evaluateJs(m[2] ?? '', cdk.names.numbers);
    if (n.ok && n.value >= 0) return Math.round(n.value * factor);
  }
  return unresolved(cdk, written, start, end);
}

/**
 * An attribute value in seconds as CloudFormation takes it: `'120'`, `` `${IDLE}` `` with a
 * constant, `String(IDLE)`, `IDLE.toString()`; otherwise unknown.
 */
export function secondsValue(
  cdk: CdkScan,
  written: string,
  start: number,
  end: number,
): SettingScalar {
  const text = written.trim();
  const quoted = /^(['"`])(\d{1,9})\1$/.exec(text)?.[2];
  if (quoted !== undefined) return Number(quoted) * 1000;
  const expr =
    /^String\s*\(([\s\S]*)\)$/.exec(text)?.[1] ??
    /^([\s\S]*?)\s*\.\s*toString\s*\(\s*\)$/.exec(text)?.[1] ??
    /^`\$\{([^}`]*)\}`$/.exec(text)?.[1] ??
    (/^\d{1,9}$/.test(text) ? text : undefined);
  if (expr !== undefined) {
    const n = evaluateJs(expr, cdk.names.numbers);
    if (n.ok && Number.isInteger(n.value) && n.value >= 0) return n.value * 1000;
  }
  if (/^(['"`])[^'"`]*\1$/.test(text)) {
    cdk.scan.report(
      'CDK_INVALID_VALUE',
      'error',
      `${text}: a whole number of seconds is required`,
      start,
      end,
    );
    return unknownValue(text, 'not a whole number of seconds');
  }
  return unresolved(cdk, written, start, end);
}

function unresolved(cdk: CdkScan, written: string, start: number, end: number): SettingScalar {
  cdk.scan.report(
    'CDK_UNRESOLVED_EXPRESSION',
    'warning',
    `Cannot work out ${written.replace(/\s+/g, ' ').trim().slice(0, 60)} from the pasted files: it is unknown until you set its value in the chain.`,
    start,
    end,
  );
  // The reason names what inside `Duration.seconds(…)` is not known, not the factory itself.
  const whole = cdk.scan.text.slice(start, end);
  const inner = DURATION.exec(whole.trim())?.[2];
  return inner === undefined
    ? unresolvedValue(whole)
    : unknownValue(unresolvedValue(whole).unknown, unresolvedValue(inner).reason);
}
