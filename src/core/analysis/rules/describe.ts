import { describeDuration, ms } from '../../model/duration';
import { describeOrigin } from '../../model/origin';
import type { EffectiveValue } from '../../catalog/types';
import type { HopContext } from '../hop-context';

/** `60 s` — a duration for people; `no limit` for null. */
export const dur = (value: number | null): string =>
  value === null ? 'no limit' : describeDuration(ms(value));

/** `60 s (keepalive_timeout, nginx.conf:12)` — a value with where it came from. */
export const valueWithOrigin = (v: EffectiveValue): string =>
  `${dur(v.value)} (${v.setting}: ${describeOrigin(v.origin)})`;

/** What the race looks like from the client side of this hop. */
export function symptomOf(ctx: HopContext): string {
  switch (ctx.client?.retry.policy) {
    case 'returns-502':
      return 'a 502 returned to its own client';
    case 'next-upstream':
      return 'an upstream error ("upstream prematurely closed connection" / "Connection reset by peer" in the error log) and a 502 when the request cannot be retried';
    default:
      return 'ECONNRESET / "connection reset by peer" / EOF';
  }
}
