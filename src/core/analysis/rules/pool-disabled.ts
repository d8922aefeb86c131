import { nameOf } from '../hop-context';
import type { Rule } from './rule';

/** No reuse, no race: the client opens a new connection per request or the server closes after each. */
export const poolDisabled: Rule = {
  id: 'pool-disabled',
  check(ctx) {
    const { client, server, clientIdle } = ctx;
    if (!client || !server || !clientIdle) return null;
    let why: string | undefined;
    if (!client.reuse)
      why = `${nameOf(ctx.clientNode)} does not reuse connections (${client.reuseNote ?? 'pool disabled'})`;
    else if (!server.keepAlive)
      why = `${nameOf(ctx.serverNode)} closes the connection after every response (${server.keepAliveNote ?? 'keep-alive off'})`;
    else if (clientIdle.value === 0)
      why = `${nameOf(ctx.clientNode)} drops every connection at once: the server's Keep-Alive hint minus the client's margin leaves no idle time`;
    if (!why) return null;
    return {
      verdict: 'ok',
      severity: 'info',
      message: `${why}. No connection is reused, so this hop cannot race — but every request pays a new TCP (and TLS) handshake; under load that churn costs latency and ephemeral ports.`,
      stop: true,
    };
  },
};
