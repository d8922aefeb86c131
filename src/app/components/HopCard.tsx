import type { HopReport } from '../../core/analysis/types';
import { describeDuration } from '../../core/model/duration';
import type { HopSide } from '../../core/analysis/types';
import { sideOrigin } from '../../core/report/check-result';
import { describeMargin, describeSideIdle } from '../view/format';
import { HopDecodedLines } from './HopDecodedLines';
import { RaceStrip } from './RaceStrip';
import { ValueWithOrigin } from './ValueWithOrigin';
import { VerdictBadge } from './VerdictBadge';

/**
 * The card is narrow: an unresolved value shows as `unknown` (its expression is in the details),
 * and how a value is made up (Node's buffer) goes under the side's label, which can wrap.
 */
const describeCardIdle = (side: HopSide): string => {
  if (side.unknown) return 'unknown';
  const { makeup: _shownBelow, ...plain } = side;
  return describeSideIdle(plain);
};

/** How the value is made up, under the side's label where the narrow card has room to wrap. */
const SideMakeup = ({ side }: { side: HopSide }) =>
  side.makeup && !side.unknown ? <span className="muted hop-makeup">{side.makeup}</span> : null;

const marginText = (hop: HopReport): string =>
  hop.marginMs === null ? 'no margin to compute' : describeMargin(hop.marginMs);

/** A hop without reuse cannot race: no margin, and nothing it "needs". */
function MarginValue({ hop }: { hop: HopReport }) {
  if (!hop.reuse) return <>none: connections are not reused</>;
  return (
    <>
      {marginText(hop)}
      <span className="muted hop-needs">
        needs at least {describeDuration(hop.requiredMarginMs)}
      </span>
    </>
  );
}

interface Props {
  hop: HopReport;
  selected: boolean;
  onSelect: () => void;
}

/**
 * One hop: the client's and server's effective idle timeouts, the margin and the verdict. A click
 * anywhere on the card selects it; the verdict button is the keyboard's way in (one tab stop).
 */
export function HopCard({ hop, selected, onSelect }: Props) {
  return (
    <section
      onClick={(e) => {
        // The verdict button handles its own click; a value's origin tooltip is not a selection.
        if ((e.target as Element).closest('button')) return;
        onSelect();
      }}
      className={`hop hop-${hop.verdict}${selected ? ' selected' : ''}`}
      data-hop={hop.index}
      data-verdict={hop.verdict}
      aria-label={`Hop ${hop.index + 1}: ${hop.client.label} to ${hop.server.label}`}
    >
      <dl className="hop-values">
        <div>
          <dt>
            {hop.client.label} reuses for
            <SideMakeup side={hop.client} />
          </dt>
          <dd>
            <ValueWithOrigin text={describeCardIdle(hop.client)} origin={sideOrigin(hop.client)} />
          </dd>
        </div>
        <div>
          <dt>
            {hop.server.label} closes after
            <SideMakeup side={hop.server} />
          </dt>
          <dd>
            <ValueWithOrigin text={describeCardIdle(hop.server)} origin={sideOrigin(hop.server)} />
          </dd>
        </div>
        <div>
          <dt>Margin</dt>
          <dd>
            <MarginValue hop={hop} />
          </dd>
        </div>
      </dl>
      <RaceStrip hop={hop} width={180} />
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
