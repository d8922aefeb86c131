import type { Verdict } from '../../core/analysis/types';
import type { CliIo } from '../io';

export interface Paint {
  verdict(v: Verdict, text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (open: string, close: string) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;
const VERDICT_CODES: Record<Verdict, string> = {
  ok: '32',
  warn: '33',
  risk: '1;31',
  unknown: '35',
};

/** Colour only on a terminal and only when NO_COLOR is unset or empty (no-color.org). */
export function shouldColour(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.isTty && (noColor === undefined || noColor === '');
}

export function createPaint(enabled: boolean): Paint {
  if (!enabled) return { verdict: (_v, t) => t, bold: (t) => t, dim: (t) => t };
  return {
    verdict: (v, t) => wrap(VERDICT_CODES[v], '0')(t),
    bold: wrap('1', '22'),
    dim: wrap('2', '22'),
  };
}
