import { nameOf } from '../hop-context';
import type { Rule } from './rule';

/** Neither side has an idle limit: no idle race, but connections live until something else closes them. */
export const bothUnlimited: Rule = {
  id: 'both-unlimited',
  check(ctx) {
    const { server, clientIdle } = ctx;
    if (!server || !clientIdle || clientIdle.value !== null || server.idle.value !== null)
      return null;
    return {
      verdict: ctx.middleboxes.length > 0 ? 'risk' : 'warn',
      severity: 'warning',
      fixable: false,
      message: `Neither ${nameOf(ctx.clientNode)} nor ${nameOf(ctx.serverNode)} closes idle connections. There is no idle-timeout race, but idle connections hold server resources forever and die to anything else: a deploy, a reload, a NAT or conntrack entry expiring. Set an idle timeout on the server and a shorter one on the client.`,
    };
  },
};
