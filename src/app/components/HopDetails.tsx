import { Fragment } from 'react';
import type { FindingSeverity, HopReport } from '../../core/analysis/types';
import { describeDuration } from '../../core/model/duration';
import { describeOrigin, type Origin } from '../../core/model/origin';
import { sideOrigin } from '../../core/report/check-result';
import { describeMargin, describeMs, describeSideIdle } from '../view/format';
import { describeRaceWindow } from '../view/race-strip';
import { SourceLinks } from './SourceLinks';
import { VerdictBadge } from './VerdictBadge';

const SEVERITY: Record<FindingSeverity, { icon: string; label: string }> = {
  error: { icon: '×', label: 'Problem' },
  warning: { icon: '!', label: 'Warning' },
  info: { icon: 'i', label: 'Note' },
};

const dur = describeMs;

const originSource = (o: Origin): string[] =>
  o.kind === 'default' ? [o.source] : o.kind === 'fallback' ? originSource(o.via) : [];

/** One hop in plain words: both timeouts, the margin, the race window, every finding. */
export function HopDetails({ hop }: { hop: HopReport }) {
  const race = hop.raceWindow;
  const defaults = [
    ...originSource(sideOrigin(hop.client)),
    ...originSource(sideOrigin(hop.server)),
  ];
  return (
    <section
      className="panel hop-details"
      aria-labelledby="hop-details-title"
      data-details-hop={hop.index}
    >
      <header className="panel-header">
        <h2 id="hop-details-title">
          Hop {hop.index + 1}: {hop.client.label} → {hop.server.label}
        </h2>
        <VerdictBadge verdict={hop.verdict} />
      </header>
      <dl className="facts">
        <dt>{hop.client.label} reuses idle connections for</dt>
        <dd>
          {describeSideIdle(hop.client)}{' '}
          <span className="muted">
            ({hop.client.setting || 'unknown'}: {describeOrigin(sideOrigin(hop.client))})
          </span>
        </dd>
        <dt>{hop.server.label} closes them after</dt>
        <dd>
          {describeSideIdle(hop.server)}{' '}
          <span className="muted">
            ({hop.server.setting || 'unknown'}: {describeOrigin(sideOrigin(hop.server))})
          </span>
        </dd>
        <dt>Margin</dt>
        {hop.reuse ? (
          <dd>
            {hop.marginMs === null ? 'none to compute' : describeMargin(hop.marginMs)}; needs at
            least {describeDuration(hop.requiredMarginMs)} (RTT {describeDuration(hop.rttMs)}, timer
            granularity and a safety allowance)
          </dd>
        ) : (
          <dd>none: connections are not reused, so this hop cannot race</dd>
        )}
        {race ? (
          <>
            <dt>Race window</dt>
            <dd>{describeRaceWindow(hop)}</dd>
          </>
        ) : null}
        {hop.middleboxes.map((m) => (
          <Fragment key={m.node}>
            <dt>Middlebox {m.node}</dt>
            <dd>
              forgets idle flows after {dur(m.idleMs)} (
              {m.onExpiry === 'rst' ? 'answers with RST' : 'drops packets'})
            </dd>
          </Fragment>
        ))}
      </dl>
      <h3>Findings</h3>
      <ul className="findings">
        {hop.findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`} data-rule={f.rule}>
            <span className="finding-severity">
              <span aria-hidden="true" className="severity-icon">
                {SEVERITY[f.severity].icon}
              </span>{' '}
              {SEVERITY[f.severity].label}
            </span>
            <p>{f.message}</p>
            <SourceLinks sources={f.sources ?? []} />
          </li>
        ))}
      </ul>
      {defaults.length > 0 ? (
        <>
          <h3>Where the defaults come from</h3>
          <SourceLinks sources={defaults} />
        </>
      ) : null}
    </section>
  );
}
