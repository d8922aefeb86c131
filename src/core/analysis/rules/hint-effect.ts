import { nameOf } from '../hop-context';
import { dur } from './describe';
import type { Rule } from './rule';

/** How the server's Keep-Alive hint changes (or fails to change) the client's idle time. */
export const hintEffect: Rule = {
  id: 'hint-effect',
  check(ctx) {
    const { server, client, clientIdle } = ctx;
    if (!server || !client || !clientIdle) return null;
    const c = nameOf(ctx.clientNode);
    const s = nameOf(ctx.serverNode);
    const hint = server.hint;
    if (!hint || hint.value === null) return null;
    if (!client.hint.honours)
      return {
        verdict: 'ok',
        severity: 'info',
        message: `${s} advertises Keep-Alive: timeout=${hint.value / 1000}, but ${c} ignores the hint${client.hint.assumption ? ' (assumed; unverified)' : ''}: only its own idle timeout counts.`,
      };
    if (clientIdle.origin.kind === 'hint')
      return {
        verdict: 'ok',
        severity: 'info',
        message: `${s} advertises Keep-Alive: timeout=${hint.value / 1000}; ${c} honours it and keeps idle connections for ${dur(clientIdle.value)} (the hint minus ${dur(client.hint.marginMs)})${client.hint.marginMs === 0 ? ' — with no margin at all, an exact tie is still possible' : ''}.`,
      };
    if (client.hint.onlyWithIdleLimit && client.idle.value === null)
      return {
        verdict: 'ok',
        severity: 'info',
        message: `${s} advertises Keep-Alive: timeout=${hint.value / 1000}, but ${c} applies the hint only when it has an idle timeout of its own, and it has none — so it keeps sockets forever (microsoft/playwright#42698). Give the agent a timeout.`,
        sources: ['https://github.com/microsoft/playwright/issues/42698'],
      };
    return null;
  },
};
