import { ResetRatePanel } from '../reset-rate';
import { useApp } from '../store/useApp';

/**
 * The reset-rate estimate (src/app/reset-rate) for the chain as edited and after the fix plan.
 * Loaded lazily with its chart code and simulation worker.
 */
export default function ResetRateSection() {
  const report = useApp((s) => s.report);
  const chain = useApp((s) => s.chain);
  // "After the fix" only when there is a fix: with nothing to change it would repeat "now".
  const fixed = useApp((s) =>
    s.report && s.report.fixPlan.changes.length > 0 ? s.preview?.report : undefined,
  );
  const setTraffic = useApp((s) => s.setTraffic);
  if (!report || report.hops.length === 0) return null;
  return (
    <div className="panel reset-rate-panel">
      <ResetRatePanel
        report={report}
        fixedReport={fixed}
        chain={chain}
        traffic={chain.traffic}
        onTrafficChange={setTraffic}
      />
    </div>
  );
}
