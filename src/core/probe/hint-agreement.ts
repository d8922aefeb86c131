import { describeDuration, ms } from '../model/duration';
import { SERVER_SLACK_MS } from './tolerance';

/** How the measured idle time relates to the `Keep-Alive: timeout` the server advertised. */
export type HintAgreement = 'agrees' | 'closes-earlier' | 'keeps-longer';

/**
 * Servers write the hint in whole seconds, rounded down (nginx `%T`, Node `Math.floor`), so a
 * server true to its hint closes in [hint, hint + 1 s); ± the probe's resolution and slack.
 */
export function judgeHint(idleMs: number, resolutionMs: number, hintMs: number): HintAgreement {
  const slack = resolutionMs + SERVER_SLACK_MS;
  if (idleMs < hintMs - slack) return 'closes-earlier';
  if (idleMs >= hintMs + 1000 + slack) return 'keeps-longer';
  return 'agrees';
}

/** One sentence on the hint against the measurement, for the notes. */
export function describeHintAgreement(
  idleMs: number,
  resolutionMs: number,
  hintMs: number,
): string {
  const hint = describeDuration(ms(hintMs));
  const idle = describeDuration(ms(idleMs));
  switch (judgeHint(idleMs, resolutionMs, hintMs)) {
    case 'agrees':
      return `The advertised Keep-Alive timeout (${hint}) agrees with the measured ${idle}.`;
    case 'closes-earlier':
      return `The server advertises Keep-Alive timeout ${hint} but closed after ${idle}: a client that trusts the hint (undici, Node's Agent, Apache HttpClient) keeps connections it has already lost — the race.`;
    case 'keeps-longer':
      return `The server advertises Keep-Alive timeout ${hint} and closed only after ${idle}: clients that trust the hint drop connections early (safe, a little churn).`;
  }
}
