import { nameOf } from '../hop-context';
import { describeFailingReuses, dur, symptomOf, valueWithOrigin } from './describe';
import type { Rule } from './rule';

/** C ≥ S, an exact tie included: the server closes connections the client still reuses. */
export const serverClosesFirst: Rule = {
  id: 'server-closes-first',
  check(ctx) {
    const { server, clientIdle } = ctx;
    if (!server || !clientIdle || clientIdle.value === null || server.idle.value === null)
      return null;
    const C = clientIdle.value;
    const S = server.idle.value;
    if (C < S) return null;
    const c = nameOf(ctx.clientNode);
    const s = nameOf(ctx.serverNode);
    const tie =
      C === S
        ? ` Both sides use ${dur(S)}: an exact tie is a race, because the server's timer starts at its last write, one delay before the client's, so the server closes first.${describeFailingReuses(ctx)}`
        : describeFailingReuses(ctx);
    return {
      verdict: 'risk',
      severity: 'error',
      fixable: true,
      message: `${s} closes idle connections after ${valueWithOrigin(server.idle)}, but ${c} keeps them for up to ${valueWithOrigin(clientIdle)} — ${c} can reuse a connection just as ${s} closes it.${tie} Each such request fails with ${symptomOf(ctx)}.`,
    };
  },
};
