import type { ResolvedServerSide } from '../catalog/types';
import { explainIdle } from './explain-idle';
import type { ExpectCheck, ExpectComparison, ModelledServer, ProbeMeasurement } from './types';

function checkHint(m: ProbeMeasurement, s: ResolvedServerSide, name: string): ExpectCheck {
  const expected = s.hint?.value ?? null;
  const got = m.hint?.timeoutMs ?? null;
  const base = {
    subject: 'hint' as const,
    expected: expected === null ? 'no Keep-Alive timeout' : `timeout=${expected / 1000}`,
    measured: got === null ? 'no Keep-Alive timeout' : `timeout=${got / 1000}`,
  };
  if (expected === got)
    return { ...base, agrees: true, explanation: 'The Keep-Alive header is as the config says.' };
  if (got === null)
    return {
      ...base,
      agrees: false,
      explanation: `The config makes ${name} advertise Keep-Alive timeout=${(expected ?? 0) / 1000}, but none came back: something in front answers instead, or another config is in force.`,
    };
  return {
    ...base,
    agrees: false,
    explanation:
      expected === null
        ? `The server advertised timeout=${got / 1000}, which ${name} does not send with this config: another server answers (the nearest hop), or another config is in force.`
        : `The server advertised timeout=${got / 1000}, the config says ${expected / 1000}: another config is in force, or another server answers.`,
  };
}

function checkCap(m: ProbeMeasurement, s: ResolvedServerSide): ExpectCheck | null {
  const cap = s.maxRequests?.value;
  if (m.requestsTried < 2 || cap === undefined || !m.keepAlive) return null;
  const expected = cap === null ? 'no request cap' : `Connection: close on response ${cap}`;
  const measured =
    m.requestCap === null
      ? `no Connection: close in ${m.requestsTried} responses`
      : `Connection: close on response ${m.requestCap}`;
  const base = { subject: 'request-cap' as const, expected, measured };
  if (m.requestCap === null && cap !== null && cap > m.requestsTried)
    return {
      ...base,
      agrees: null,
      explanation: `The config's cap (${cap}) is above the ${m.requestsTried} requests sent: give --requests ${cap} or more to see it.`,
    };
  if (m.requestCap === cap)
    return { ...base, agrees: true, explanation: 'The request cap is as the config says.' };
  return {
    ...base,
    agrees: false,
    explanation:
      m.requestCap === null
        ? `The config caps a connection at ${cap} requests, but ${m.requestsTried} went through: another config is in force, or the nearest hop is another server.`
        : `The connection was closed after ${m.requestCap} requests; the config says ${cap === null ? 'no cap' : cap}: the nearest hop (a proxy or load balancer) has its own cap, or another config is in force.`,
  };
}

function checkKeepAlive(m: ProbeMeasurement, s: ResolvedServerSide, name: string): ExpectCheck {
  const base = {
    subject: 'keep-alive' as const,
    expected: s.keepAlive ? 'keep-alive' : 'close after each response',
    measured: m.keepAlive ? 'keep-alive' : 'close after each response',
  };
  if (s.keepAlive === m.keepAlive)
    return { ...base, agrees: true, explanation: 'Keep-alive is as the config says.' };
  return {
    ...base,
    agrees: false,
    explanation: s.keepAlive
      ? `The server closed after the first response, but the config keeps connections alive: another config is in force, or the nearest hop closes (a proxy with keep-alive off).`
      : `${s.keepAliveNote ?? `The config turns ${name}'s keep-alive off`}, yet the connection stayed open: the nearest hop that terminates HTTP is another server, or another config is in force.`,
  };
}

/**
 * Compares a measurement with the model of the node the URL reaches: keep-alive on or off, the
 * idle timeout S (against the server's granularity and the probe's resolution), the advertised
 * hint and the request cap. Each difference is explained in plain words.
 */
export function compareWithModel(m: ProbeMeasurement, model: ModelledServer): ExpectComparison {
  const s = model.server;
  const keepAlive = checkKeepAlive(m, s, model.name);
  const checks: ExpectCheck[] = [keepAlive];
  if (keepAlive.agrees && s.keepAlive) {
    checks.push(explainIdle(m, model));
    checks.push(checkHint(m, s, model.name));
    const cap = checkCap(m, s);
    if (cap) checks.push(cap);
  }
  return {
    node: model.node,
    tech: model.tech,
    idleMs: s.unknown ? 'unknown' : s.idle.value,
    agrees: checks.every((c) => c.agrees !== false),
    checks,
  };
}
