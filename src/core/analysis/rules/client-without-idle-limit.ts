import { nameOf } from '../hop-context';
import { describeOrigin } from '../../model/origin';
import { describeFailingReuses, dur, symptomOf, valueWithOrigin } from './describe';
import type { Rule } from './rule';

/** C = ∞ against a finite S: every connection idle past S is eventually reused after the server closed it. */
export const clientWithoutIdleLimit: Rule = {
  id: 'client-without-idle-limit',
  check(ctx) {
    const { server, clientIdle } = ctx;
    if (!server || !clientIdle || clientIdle.value !== null || server.idle.value === null)
      return null;
    const c = nameOf(ctx.clientNode);
    const s = nameOf(ctx.serverNode);
    return {
      verdict: 'risk',
      severity: 'error',
      fixable: true,
      message: `${c} keeps idle pooled connections with no time limit (${clientIdle.setting}: ${describeOrigin(clientIdle.origin)}), but ${s} closes them after ${valueWithOrigin(server.idle)}.${describeFailingReuses(ctx)} Each such request fails with ${symptomOf(ctx)}. An unset client idle timeout is worse than any number — give ${c} an idle limit below ${dur(server.idle.value)}.`,
    };
  },
};
