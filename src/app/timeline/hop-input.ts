import { DEFAULT_OPTIONS } from '../../core/analysis/options';
import type { ChainReport, HopReport } from '../../core/analysis/types';
import type { RetryBehaviour } from '../../core/catalog/types';
import { formatOriginShort } from './format';
import { buildScenario, SCENARIO_TITLES, type ScenarioInput } from './scenario';
import type { Scenario, ScenarioKind } from './scenario-types';

/** What a hop report does not carry but the scene can use: from the chain report's nodes. */
export interface HopExtras {
  /** Whether the client notices a FIN on an idle pooled connection (default: inferred). */
  finDetection?: boolean;
  retry?: RetryBehaviour;
  /** δ in ms; default DEFAULT_OPTIONS.reactionDelayMs (10 ms). */
  reactionDelayMs?: number;
}

/** FIN detection and retry behaviour of hop `index`'s client, from a chain report. */
export function readHopExtras(report: ChainReport, index: number): HopExtras {
  const hop = report.hops[index];
  const client = hop ? report.nodes[hop.client.nodeIndex]?.client : undefined;
  if (!client) return {};
  return { finDetection: client.finDetection, retry: client.retry };
}

/** A window that never closes only happens for a client that does not watch for FINs. */
const inferFinDetection = (hop: HopReport): boolean => hop.raceWindow?.endMs !== null;

/** The client's error when the RST arrives, from its retry behaviour. */
function describeError(retry: RetryBehaviour | undefined): { label: string; sentence: string } {
  if (!retry) return describeError({ policy: 'none', attempts: 0, summary: '', source: '' });
  switch (retry.policy) {
    case 'returns-502':
      return {
        label: '502',
        sentence: 'the request fails and it answers its own client with 502 Bad Gateway.',
      };
    case 'next-upstream':
      return {
        label: '502 / retry',
        sentence:
          'the request fails; it retries the next upstream if the method is idempotent, else answers 502.',
      };
    case 'none':
      return {
        label: 'ECONNRESET',
        sentence: 'the request fails with ECONNRESET (connection reset by peer).',
      };
    default:
      return {
        label: 'ECONNRESET',
        sentence: `the request fails with ECONNRESET (connection reset by peer); ${retry.summary.replace(/\.$/, '')}.`,
      };
  }
}

/** The scene input of one hop. Names default to the sides' labels. */
export function readScenarioInput(
  hop: HopReport,
  extras: HopExtras = {},
  names: { clientName?: string | undefined; serverName?: string | undefined } = {},
): ScenarioInput {
  const error = describeError(extras.retry);
  return {
    physics: {
      serverIdleMs: hop.server.idleMs,
      clientIdleMs: hop.client.idleMs,
      oneWayMs: hop.rttMs / 2,
      reactionDelayMs: extras.reactionDelayMs ?? DEFAULT_OPTIONS.reactionDelayMs,
      finDetection: extras.finDetection ?? inferFinDetection(hop),
      raceWindow: hop.raceWindow,
      reuse: hop.reuse,
    },
    clientName: names.clientName ?? hop.client.label,
    serverName: names.serverName ?? hop.server.label,
    clientOrigin: formatOriginShort(hop.client.origin),
    serverOrigin: formatOriginShort(hop.server.origin),
    errorLabel: error.label,
    errorSentence: error.sentence,
  };
}

export const SCENARIO_ORDER: readonly ScenarioKind[] = ['served', 'reset', 'after-fin', 'fixed'];

/**
 * The scenarios a hop can show, in order. `fixed` uses the fixed hop when given (titled "After the
 * fix"), else the hop itself when it is already safe ("Client drops first").
 */
export function listScenarios(before: ScenarioInput, after: ScenarioInput | undefined): Scenario[] {
  const out: Scenario[] = [];
  for (const kind of SCENARIO_ORDER) {
    const s = kind === 'fixed' ? buildScenario(after ?? before, kind) : buildScenario(before, kind);
    if (!s) continue;
    if (kind === 'fixed' && !after) s.title = 'Client drops first';
    if (kind === 'fixed' && after) s.title = SCENARIO_TITLES.fixed;
    out.push(s);
  }
  return out;
}
