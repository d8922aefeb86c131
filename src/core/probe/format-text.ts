import { describeDuration, ms } from '../model/duration';
import type { ProbeJson } from './report';

const CLOSED_BY: Record<ProbeJson['closedBy'], string> = {
  'server-fin': 'the server closed it (FIN)',
  'server-rst': 'the server reset it (RST)',
  'after-response': 'the server closed it right after the response (Connection: close)',
  none: 'nothing closed it',
};

const d = (v: number): string => describeDuration(ms(v));

function describeIdle(p: ProbeJson): string {
  if (p.idleMs === null) return `no close within ${d(p.maxWaitMs)} (--max-wait)`;
  if (!p.keepAlive) return 'none: keep-alive is off (the first response said Connection: close)';
  return `${d(p.idleMs)} ± ${p.resolutionMs} ms — ${CLOSED_BY[p.closedBy]}`;
}

function describeHint(p: ProbeJson): string {
  if (!p.hint) return 'none sent';
  const parts = [
    p.hint.timeoutMs === null ? null : `timeout=${p.hint.timeoutMs / 1000}`,
    p.hint.max === null ? null : `max=${p.hint.max}`,
  ].filter((x) => x !== null);
  return parts.length > 0 ? parts.join(', ') : 'sent, without timeout or max';
}

function describeRequests(p: ProbeJson): string {
  if (p.requestCap !== null)
    return `${p.requestsServed} served; response ${p.requestCap} carried Connection: close (the request cap)`;
  if (p.requestsTried === 1) return '1 served (--requests N looks for a request cap)';
  return `${p.requestsServed} served; no Connection: close in ${p.requestsTried} responses`;
}

/**
 * The text report of `probe`: what was measured (always naming it the idle timeout of the
 * nearest hop that terminates HTTP), the hint, the request cap, notes and the `--expect`
 * comparison with its explanations.
 */
export function formatProbeText(p: ProbeJson): string {
  const lines = [
    `Probed ${p.url} (HTTP ${p.status})`,
    `  idle timeout  ${describeIdle(p)}`,
    `  Keep-Alive    ${describeHint(p)}`,
    `  requests      ${describeRequests(p)}`,
    'This is the idle timeout of the nearest hop that terminates HTTP: through a load balancer or',
    'proxy you measure it, not the server behind it.',
  ];
  for (const note of p.notes) lines.push(`  - ${note}`);
  const e = p.expect;
  if (e) {
    lines.push(
      '',
      `Compared with node "${e.node}" (${e.tech}): ${e.agrees ? 'agrees' : 'DOES NOT AGREE'}`,
    );
    for (const c of e.checks) {
      const mark = c.agrees === true ? '✓' : c.agrees === false ? '✗' : '?';
      lines.push(
        `  ${mark} ${c.subject.padEnd(11)} config: ${c.expected}; measured: ${c.measured}`,
      );
      if (c.agrees !== true) lines.push(`    ${c.explanation}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
