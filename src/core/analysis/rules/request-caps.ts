import { nameOf } from '../hop-context';
import { dur } from './describe';
import type { Rule } from './rule';

const count = (v: number | null | undefined): number | null =>
  v === null || v === undefined ? null : v;

/** Request and age caps close connections too; safe when signalled with Connection: close. */
export const requestCaps: Rule = {
  id: 'request-caps',
  check(ctx) {
    const { server, client } = ctx;
    if (!server || !client) return null;
    const caps: string[] = [];
    const sReq = count(server.maxRequests?.value);
    if (sReq !== null && sReq > 0)
      caps.push(`${nameOf(ctx.serverNode)} closes a connection after ${sReq} requests`);
    const sAge = count(server.maxAge?.value);
    if (sAge !== null)
      caps.push(`${nameOf(ctx.serverNode)} closes connections older than ${dur(sAge)}`);
    const cReq = count(client.maxRequests?.value);
    if (cReq !== null && cReq > 0)
      caps.push(`${nameOf(ctx.clientNode)} retires a connection after ${cReq} requests`);
    const cAge = count(client.maxAge?.value);
    if (cAge !== null)
      caps.push(`${nameOf(ctx.clientNode)} retires connections older than ${dur(cAge)}`);
    if (caps.length === 0) return null;
    return {
      verdict: 'ok',
      severity: 'info',
      message: `${caps.join('; ')}. These caps are enforced when a response is sent (with Connection: close), so they are safe; closes of idle connections by reloads, deploys or purge timers are not, and no timeout ordering removes those — idempotent retries are the second line of defence.`,
    };
  },
};
