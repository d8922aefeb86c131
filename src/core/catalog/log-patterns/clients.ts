import type { LogMeaning, LogPattern, LogSource, RaceSignal } from './types';

/**
 * A maker of client-library error patterns for one source and its reporters: the line points to
 * the hop whose client is one of `reporters`.
 */
export const clientErrors =
  (source: LogSource, reporters: readonly string[]) =>
  (
    id: string,
    match: LogPattern['match'],
    meaning: LogMeaning,
    race: RaceSignal,
    explanation: string,
    doc: string,
    verified = true,
  ): LogPattern => ({
    id: `${source}/${id}`,
    source,
    reporters,
    facing: 'upstream',
    match,
    meaning,
    race,
    explanation,
    doc,
    verified,
  });

/** Substring matchers, all of which must occur. */
export const has = (...all: string[]): LogPattern['match'] => ({ kind: 'text', all });
/** Substring matchers, one of which must occur. */
export const hasAny = (...any: string[]): LogPattern['match'] => ({ kind: 'text', any });
