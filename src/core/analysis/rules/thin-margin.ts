import { nameOf } from '../hop-context';
import { dur, valueWithOrigin } from './describe';
import type { Rule } from './rule';

/** 0 < S − C < RTT + γs + γc + safety: safe on paper, thin in practice. */
export const thinMargin: Rule = {
  id: 'thin-margin',
  check(ctx) {
    const { server, clientIdle, client } = ctx;
    if (
      !server ||
      !client ||
      !clientIdle ||
      clientIdle.value === null ||
      server.idle.value === null
    )
      return null;
    const margin = server.idle.value - clientIdle.value;
    if (margin <= 0 || margin >= ctx.requiredMarginMs) return null;
    const parts = [`RTT ${dur(ctx.rttMs)}`];
    if (server.granularityMs > 0)
      parts.push(`server timer granularity ${dur(server.granularityMs)}`);
    if (client.granularityMs > 0)
      parts.push(`client timer granularity ${dur(client.granularityMs)}`);
    parts.push(`safety allowance ${dur(ctx.options.safetyMarginMs)}`);
    return {
      verdict: 'warn',
      severity: 'warning',
      fixable: true,
      message: `${nameOf(ctx.clientNode)} drops idle connections after ${valueWithOrigin(clientIdle)}, only ${dur(margin)} before ${nameOf(ctx.serverNode)} closes them (${valueWithOrigin(server.idle)}). The margin should cover ${parts.join(' + ')} = ${dur(ctx.requiredMarginMs)}; an event-loop stall or GC pause on the client can still lose the race.`,
    };
  },
};
