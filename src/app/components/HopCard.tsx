import type { HopReport } from '../../core/analysis/types';
import { describeDuration } from '../../core/model/duration';
import type { HopSide } from '../../core/analysis/types';
import { sideOrigin } from '../../core/report/check-result';
import { describeMargin, describeSideIdle } from '../view/format';

/** The card is narrow: an unresolved value shows as `unknown`; its expression is in the details. */
const describeCardIdle = (side: HopSide): string =>
  side.unknown ? 'unknown' : describeSideIdle(side);
import { HopDecodedLines } from './HopDecodedLines';
import { ValueWithOrigin } from './ValueWithOrigin';
import { VerdictBadge } from './VerdictBadge';

const marginText = (hop: HopReport): string =>
  hop.marginMs === null ? 'no margin to compute' : describeMargin(hop.marginMs);

interface Props {
  hop: HopReport;
  selected: boolean;
  onSelect: () => void;
}

/** One hop: the client's and server's effective idle timeouts, the margin and the verdict. */
export function HopCard({ hop, selected, onSelect }: Props) {
  return (
    <section
      className={`hop hop-${hop.verdict}${selected ? ' selected' : ''}`}
      data-hop={hop.index}
      data-verdict={hop.verdict}
      aria-label={`Hop ${hop.index + 1}: ${hop.client.label} to ${hop.server.label}`}
    >
      <dl className="hop-values">
        <div>
          <dt>{hop.client.label} reuses for</dt>
          <dd>
            <ValueWithOrigin text={describeCardIdle(hop.client)} origin={sideOrigin(hop.client)} />
          </dd>
        </div>
        <div>
          <dt>{hop.server.label} closes after</dt>
          <dd>
            <ValueWithOrigin text={describeCardIdle(hop.server)} origin={sideOrigin(hop.server)} />
          </dd>
        </div>
        <div>
          <dt>Margin</dt>
          <dd>
            {marginText(hop)}
            <span className="muted hop-needs">
              needs at least {describeDuration(hop.requiredMarginMs)}
            </span>
          </dd>
        </div>
      </dl>
      <button
        type="button"
        className="hop-verdict"
        aria-pressed={selected}
        onClick={onSelect}
        aria-label={`Hop ${hop.index + 1} findings`}
      >
        <VerdictBadge verdict={hop.verdict} />
      </button>
      <HopDecodedLines hop={hop.index} />
    </section>
  );
}
