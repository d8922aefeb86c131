import { ChainOverview, HopTimeline, readHopExtras } from '../timeline';
import { findWorstHop } from '../store/selectors';
import { useApp } from '../store/useApp';

/**
 * The race timeline (src/app/timeline): every hop's timers side by side, and the race on the
 * selected hop (the worst one until a hop is chosen) with its scene after the fix plan.
 * Loaded lazily: D3 and the scene code are not part of the first screen.
 */
export default function TimelinePanel() {
  const report = useApp((s) => s.report);
  const fixed = useApp((s) => s.preview?.report ?? null);
  const selected = useApp((s) => s.selectedHop);
  const selectHop = useApp((s) => s.selectHop);
  const hops = report?.hops ?? [];
  const worst = findWorstHop(hops);
  if (!report || !worst) return null;
  const index = selected !== null && hops[selected] ? selected : worst.index;
  const hop = hops[index];
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Race timeline</h2>
      <ChainOverview report={report} onSelectHop={selectHop} selectedHop={index} />
      {hop ? (
        <HopTimeline
          key={index}
          hop={hop}
          fixedHop={fixed?.hops[index]}
          extras={readHopExtras(report, index)}
          fixedExtras={fixed ? readHopExtras(fixed, index) : undefined}
        />
      ) : null}
    </section>
  );
}
