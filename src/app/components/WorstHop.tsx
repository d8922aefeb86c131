import { describeRaceStrip } from '../view/race-strip';
import { findWorstHop, selectShownReport } from '../store/selectors';
import { useApp } from '../store/useApp';
import { RaceStrip } from './RaceStrip';
import { VerdictBadge } from './VerdictBadge';

/** Where the race timeline panel sits on the page (App.tsx), for "Show its race timeline". */
export const TIMELINE_ANCHOR = 'race-timeline';

/**
 * The worst hop's race in one line above the chain, so it is on the first screen however long the
 * chain is: its verdict, its race strip, the race window in words, and the full timeline one
 * click away.
 */
export function WorstHop() {
  const report = useApp(selectShownReport);
  const selectHop = useApp((s) => s.selectHop);
  const hop = findWorstHop(report?.hops ?? []);
  if (!hop) return null;
  return (
    <div className="worst-hop" data-worst-hop={hop.index}>
      <p className="worst-hop-title">
        <span>{hop.verdict === 'ok' ? 'Every hop is safe. ' : 'Worst hop: '}</span>
        <strong>
          Hop {hop.index + 1}, {hop.client.label} → {hop.server.label}
        </strong>{' '}
        <VerdictBadge verdict={hop.verdict} />
      </p>
      <span className="worst-hop-strip">
        <RaceStrip hop={hop} width={240} />
        <span className="race-strip-legend" aria-hidden="true">
          idle before reuse: <i className="swatch swatch-served" /> served{' '}
          <i className="swatch swatch-fails" /> fails <i className="swatch swatch-replaced" /> new
          connection
        </span>
      </span>
      <p className="worst-hop-words muted">{describeRaceStrip(hop)}</p>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          selectHop(hop.index);
          document.getElementById(TIMELINE_ANCHOR)?.scrollIntoView({ block: 'start' });
        }}
      >
        Show its race timeline
      </button>
    </div>
  );
}
