import { verdictRank } from '../../core/analysis/types';
import { selectShownReport } from '../store/selectors';
import { useApp } from '../store/useApp';
import { HopDetails } from './HopDetails';

/** The findings of the selected hop, or of the worst hop when none is selected. */
export function HopPanel() {
  const report = useApp(selectShownReport);
  const selected = useApp((s) => s.selectedHop);
  const hops = report?.hops ?? [];
  if (hops.length === 0)
    return (
      <section className="panel" aria-label="Findings">
        <p>Findings appear once the chain has two nodes that talk HTTP to each other.</p>
      </section>
    );
  const worst = hops.reduce((a, b) => (verdictRank(b.verdict) > verdictRank(a.verdict) ? b : a));
  const hop = (selected !== null ? hops[selected] : undefined) ?? worst;
  return <HopDetails hop={hop} />;
}
