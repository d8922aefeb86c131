import type { ChainReport, HopReport, HopSide } from '../analysis/types';
import { describeIdle, describeMargin, describeSideIdle } from '../report/check-result';
import { describeHopNumber } from './hop-names';
import type { AlertRuleSet } from './alert-rules';
import type { CheckStatus, ChecklistGroup, ChecklistItem } from './types';

const worst = (ss: CheckStatus[]): CheckStatus =>
  ss.includes('fail') ? 'fail' : ss.includes('unknown') ? 'unknown' : 'pass';

const sideFact = (s: HopSide) =>
  `${s.label} ${s.setting || 'idle timeout'} = ${describeSideIdle(s)}`;

function alignment(hops: readonly HopReport[]): ChecklistItem[] {
  const documented = hops.flatMap((h) =>
    [h.client, h.server].map((s): [CheckStatus, string] => [
      s.unknown || s.setting === '' ? 'unknown' : 'pass',
      `${describeHopNumber(h)}: ${sideFact(s)}`,
    ]),
  );
  const order = hops.map((h): [CheckStatus, string] => {
    const status: CheckStatus =
      h.verdict === 'risk' ? 'fail' : h.verdict === 'unknown' ? 'unknown' : 'pass';
    const rel = status === 'fail' ? 'closes after' : 'keeps';
    return [
      status,
      `${describeHopNumber(h)}: ${h.client.label} keeps ${describeSideIdle(h.client)}, ${h.server.label} ${rel} ${describeSideIdle(h.server)}`,
    ];
  });
  const margin = hops.map((h): [CheckStatus, string] => [
    h.verdict === 'ok' ? 'pass' : h.verdict === 'unknown' ? 'unknown' : 'fail',
    `${describeHopNumber(h)}: S − C = ${describeMargin(h.marginMs)}, needed ${describeIdle(h.requiredMarginMs)} (RTT ${describeIdle(h.rttMs)} + timer granularity + 1 s allowance)`,
  ]);
  return [
    item('Document all keep-alive timeouts in the chain', documented),
    item('Client < proxy < server on every hop', order),
    item('A safety margin on every hop (sized to the hop, not a fixed 5–10 s)', margin),
  ];
}

function item(text: string, rows: [CheckStatus, string][]): ChecklistItem {
  return { item: text, status: worst(rows.map((r) => r[0])), facts: rows.map((r) => r[1]) };
}

function configuration(report: ChainReport): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const h of report.hops)
    for (const [s, role] of [
      [h.client, 'client side'],
      [h.server, 'server side'],
    ] as const) {
      if (s.setting === '') continue;
      const kind = s.unknown ? 'unknown' : s.origin.kind;
      const status: CheckStatus =
        kind === 'explicit' || kind === 'edit' ? 'pass' : kind === 'unknown' ? 'unknown' : 'fail';
      const fact =
        status === 'pass'
          ? `set to ${describeSideIdle(s)}`
          : status === 'unknown'
            ? `written but not resolvable: ${describeSideIdle(s)}`
            : `not set: relies on the ${kind === 'hint' ? 'server hint' : 'default'} ${describeSideIdle(s)}`;
      items.push({
        item: `${s.label} (${role} of ${describeHopNumber(h)}): ${s.setting} configured`,
        status,
        facts: [fact],
      });
    }
  for (const h of report.hops) {
    const server = report.nodes[h.server.nodeIndex]?.server;
    if (!server) continue;
    const hint = server.hint;
    items.push({
      item: `${h.server.label}: idle timeout documented for its clients`,
      status: hint ? 'pass' : 'unknown',
      facts: [
        hint
          ? `advertises Keep-Alive: timeout=${Math.round((hint.value ?? 0) / 1000)}`
          : 'sends no Keep-Alive header: write its idle timeout down where client owners look',
      ],
    });
  }
  return items;
}

/** The seed article's checklist, filled from this chain: ✓ / ✗ / not known with the facts. */
export function buildChecklist(report: ChainReport, alerts: AlertRuleSet): ChecklistGroup[] {
  const racing = report.hops.filter((h) => h.raceWindow && h.verdict !== 'ok');
  const gaps = racing.map((h) => {
    const w = h.raceWindow!;
    return `${describeHopNumber(h)}: idle gaps from ${describeIdle(w.startMs)} to ${w.endMs === null ? 'any length' : describeIdle(w.endMs)} meet a closed connection — pause that long between requests`;
  });
  return [
    { title: 'Timeout alignment', items: alignment(report.hops) },
    { title: 'Configuration', items: configuration(report) },
    {
      title: 'Testing',
      items: [
        {
          item: 'Load test with idle periods',
          status: 'unknown',
          facts: gaps.length > 0 ? gaps : ['no hop has a race window at warn or risk'],
        },
        {
          item: 'Test under various load patterns',
          status: 'unknown',
          facts: [
            'the race is most likely at low traffic, when connections sit idle longest: timeout-chain simulate estimates each hop',
          ],
        },
      ],
    },
    {
      title: 'Monitoring',
      items: [
        {
          item: 'Alert on connection reset rate > 0.1 %',
          status: 'unknown',
          facts: [
            `timeout-chain alerts writes ${alerts.rules.length} rule${alerts.rules.length === 1 ? '' : 's'} for this chain`,
            ...alerts.skipped.map((s) => `hop ${s.hop + 1}: no rule — ${s.reason}`),
          ],
        },
        {
          item: 'Log connection errors with context',
          status: 'unknown',
          facts: ['timeout-chain decode maps error-log lines back to the hop and the race'],
        },
      ],
    },
  ];
}
