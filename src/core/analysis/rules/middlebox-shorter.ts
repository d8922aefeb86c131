import { nameOf } from '../hop-context';
import { dur } from './describe';
import type { Rule } from './rule';

const longest = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.max(a, b);

/**
 * An L4 middlebox (NAT gateway, NLB, IPVS, Azure LB) forgets idle flows silently. If either end keeps
 * a connection idle longer than the middlebox, the next packet meets an RST or vanishes.
 */
export const middleboxShorter: Rule = {
  id: 'middlebox-shorter',
  check(ctx) {
    const { server, clientIdle } = ctx;
    if (!server || !clientIdle) return null;
    const idle = longest(clientIdle.value, server.idle.value);
    const hit = ctx.middleboxes.find(
      (m) =>
        m.l4.idle.value !== null &&
        (idle === null || idle + ctx.requiredMarginMs > m.l4.idle.value),
    );
    if (!hit || hit.l4.idle.value === null) return null;
    const expiry =
      hit.l4.onExpiry === 'rst'
        ? 'answers the next packet with an RST'
        : 'drops the next packets silently, so the request hangs until a timeout';
    return {
      verdict: 'risk',
      severity: 'error',
      fixable: true,
      message: `${nameOf(hit.node)} forgets a flow after ${dur(hit.l4.idle.value)} idle and then ${expiry}. ${nameOf(ctx.clientNode)} keeps idle connections for ${dur(clientIdle.value)} and ${nameOf(ctx.serverNode)} for ${dur(server.idle.value)}: both must stay below ${dur(hit.l4.idle.value)} (minus ${dur(ctx.requiredMarginMs)} margin), or TCP keepalive probes must run more often than the middlebox's timeout.`,
    };
  },
};
