import { formatScalar } from '../../core/model/value';
import type { FixChange } from '../../core/analysis/types';
import { findTech } from '../../core/catalog/registry';
import { describeSettingValue } from '../../core/catalog/setting-value';
import { focusIdSoon } from './focus-after-edit';
import { useApp } from '../store/useApp';
import { CopyButton } from './CopyButton';
import { VerdictBadge } from './VerdictBadge';

function Change({ change, label }: { change: FixChange; label: string }) {
  const def = findTech(change.tech)?.settings.find((s) => s.key === change.setting);
  const show = (v: FixChange['from']) => (def ? describeSettingValue(def, v) : formatScalar(v));
  return (
    <li className="fix-change" data-fix-node={change.nodeIndex} data-fix-setting={change.setting}>
      <p>
        <strong>{label}</strong> · <code>{change.setting}</code>: {show(change.from)} →{' '}
        <strong>{show(change.value)}</strong>
      </p>
      <p className="muted">{change.reason}</p>
      <div className="snippet">
        <pre>
          <code>{change.snippet}</code>
        </pre>
        <CopyButton text={change.snippet} what={`snippet for ${label} ${change.setting}`} />
      </div>
    </li>
  );
}

/** The smallest set of changes that makes every hop safe, with a preview of the fixed chain. */
export function FixPlanPanel() {
  const report = useApp((s) => s.report);
  const chain = useApp((s) => s.chain);
  const previewFix = useApp((s) => s.previewFix);
  const setPreviewFix = useApp((s) => s.setPreviewFix);
  const applyFixPlan = useApp((s) => s.applyFixPlan);
  if (!report) return null;
  const plan = report.fixPlan;
  const labelOf = (i: number) => chain.nodes[i]?.label ?? chain.nodes[i]?.tech ?? `node ${i + 1}`;
  return (
    <section className="panel fix-plan" aria-labelledby="fix-plan-title">
      <header className="panel-header">
        <h2 id="fix-plan-title">Fix plan</h2>
        {plan.changes.length > 0 ? (
          <label className="switch">
            <input
              type="checkbox"
              checked={previewFix}
              onChange={(e) => setPreviewFix(e.target.checked)}
            />{' '}
            Preview the fixed chain
          </label>
        ) : null}
      </header>
      {plan.changes.length === 0 && plan.unresolved.length === 0 ? (
        <p id="fix-plan-result" tabIndex={-1}>
          Nothing to change: every hop is safe as it is.
        </p>
      ) : null}
      {plan.changes.length > 0 ? (
        <>
          <p>
            {plan.changes.length === 1 ? 'One change' : `${plan.changes.length} changes`} make every
            hop safe. After them:{' '}
            {plan.verdictsAfter.map((v, i) => (
              <span key={i} className="after-verdict">
                hop {i + 1} <VerdictBadge verdict={v} />{' '}
              </span>
            ))}
          </p>
          <ol className="fix-changes">
            {plan.changes.map((c) => (
              <Change key={`${c.nodeIndex}-${c.setting}`} change={c} label={labelOf(c.nodeIndex)} />
            ))}
          </ol>
          <button
            type="button"
            className="primary"
            onClick={() => {
              applyFixPlan();
              // The plan's result: "nothing to change", or what is left unresolved.
              focusIdSoon('fix-plan-result');
            }}
          >
            Apply the fix plan to the chain
          </button>
        </>
      ) : null}
      {plan.unresolved.length > 0 ? (
        <>
          <h3 id={plan.changes.length === 0 ? 'fix-plan-result' : undefined} tabIndex={-1}>
            Not resolved
          </h3>
          <ul>
            {plan.unresolved.map((u) => (
              <li key={u.hop}>
                Hop {u.hop + 1}: {u.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
