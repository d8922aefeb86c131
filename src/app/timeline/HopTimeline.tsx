import { useId, useMemo, useRef, useState } from 'react';
import type { HopReport } from '../../core/analysis/types';
import { listScenarios, readScenarioInput, type HopExtras } from './hop-input';
import type { ScenarioKind } from './scenario-types';
import { SceneView } from './SceneView';
import { useElementWidth } from './useElementWidth';
import { useReducedMotion } from './useReducedMotion';
import { VerdictBadge } from './VerdictBadge';

export interface HopTimelineProps {
  hop: HopReport;
  /** The same hop after the fix plan: adds the "After the fix" scenario. */
  fixedHop?: HopReport | undefined;
  /** Lifeline names (default: the sides' labels). */
  clientName?: string | undefined;
  serverName?: string | undefined;
  /** FIN detection, retry behaviour, δ of the client (see `readHopExtras`). */
  extras?: HopExtras | undefined;
  fixedExtras?: HopExtras | undefined;
  /** Scene width in px; default: the container's width (320–1280). */
  width?: number | undefined;
  initialScenario?: ScenarioKind | undefined;
  /** Start at this time (ms since the server's last write) instead of 0. */
  initialTimeMs?: number | undefined;
  autoPlay?: boolean | undefined;
  /** Override `prefers-reduced-motion` (tests, previews). */
  reducedMotion?: boolean | undefined;
}

/** The race on one hop: pick a scenario, play it, step it, zoom it, export it. */
export function HopTimeline(props: HopTimelineProps) {
  const { hop, fixedHop } = props;
  const rootRef = useRef<HTMLElement>(null);
  const measured = useElementWidth(rootRef, 760);
  const width = props.width ?? measured;
  const osReduced = useReducedMotion();
  const reducedMotion = props.reducedMotion ?? osReduced;
  const { extras, fixedExtras, clientName: cName, serverName: sName } = props;
  const scenarios = useMemo(() => {
    // An unknown side has no value to draw (its idleMs null does not mean "no limit").
    if (hop.verdict === 'unknown') return [];
    const names = { clientName: cName, serverName: sName };
    return listScenarios(
      readScenarioInput(hop, extras, names),
      fixedHop ? readScenarioInput(fixedHop, fixedExtras, names) : undefined,
    );
  }, [hop, fixedHop, extras, fixedExtras, cName, sName]);
  const preferred = props.initialScenario ?? 'reset';
  const [picked, setPicked] = useState<ScenarioKind | null>(null);
  const kind = [picked, preferred].find((k) => scenarios.some((s) => s.kind === k));
  const scenario = scenarios.find((s) => s.kind === kind) ?? scenarios[0];
  const groupName = useId();
  const clientName = cName ?? hop.client.label;
  const serverName = sName ?? hop.server.label;

  return (
    <section
      ref={rootRef}
      className="tl-root"
      aria-label={`Race timeline, hop ${hop.index + 1}`}
      data-tl-hop={hop.index}
    >
      <div className="tl-header">
        <h3 className="tl-title">
          Hop {hop.index + 1}: {clientName} → {serverName} <VerdictBadge verdict={hop.verdict} />
          {fixedHop && fixedHop.verdict !== hop.verdict && (
            <span className="tl-after">
              {' '}
              after the fix <VerdictBadge verdict={fixedHop.verdict} />
            </span>
          )}
        </h3>
        {scenarios.length > 0 && (
          <fieldset className="tl-scenarios">
            <legend>Scenario</legend>
            {scenarios.map((s) => (
              <label key={s.kind} data-scenario={s.kind}>
                <input
                  type="radio"
                  name={groupName}
                  value={s.kind}
                  checked={s.kind === scenario?.kind}
                  onChange={() => setPicked(s.kind)}
                />
                {s.title}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {scenario ? (
        <SceneView
          key={`${scenario.kind}-${hop.index}`}
          scenario={scenario}
          hopIndex={hop.index}
          width={width}
          reducedMotion={reducedMotion}
          initialTimeMs={props.initialTimeMs}
          autoPlay={props.autoPlay}
        />
      ) : (
        <p className="tl-empty">{describeNoScene(hop)}</p>
      )}
    </section>
  );
}

/** Why a hop has no scene to play. */
function describeNoScene(hop: HopReport): string {
  if (!hop.reuse)
    return 'This hop does not reuse connections: every request opens a new one, so there is no race (only connection churn).';
  if (hop.verdict === 'unknown')
    return 'An idle timeout on this hop is unknown, so its race cannot be drawn.';
  return 'Nothing to draw for this hop.';
}
