import { ALB_NODE, analyzeWithFix } from './fixtures';
import { listScenarios, readHopExtras, readScenarioInput } from './hop-input';
import type { Scenario, ScenarioKind } from './scenario-types';

/** The four scenes of the ALB → Node hop (before and after its fix), for tests. */
export function buildAlbNodeScenes(): Record<ScenarioKind, Scenario> {
  const { before, after } = analyzeWithFix(ALB_NODE);
  const hop = before.hops[0];
  const fixed = after.hops[0];
  if (!hop || !fixed) throw new Error('ALB → Node: no hop');
  const list = listScenarios(
    readScenarioInput(hop, readHopExtras(before, 0)),
    readScenarioInput(fixed, readHopExtras(after, 0)),
  );
  const byKind = Object.fromEntries(list.map((s) => [s.kind, s]));
  for (const k of ['served', 'reset', 'after-fin', 'fixed'] as const)
    if (!byKind[k]) throw new Error(`ALB → Node: no ${k} scene`);
  return byKind as Record<ScenarioKind, Scenario>;
}
