import { stringify } from 'yaml';
import type { AlertRule } from '../alert-rules';
import type { SeriesRef } from '../../catalog/ops/types';

/**
 * A `promtool test rules` file: for each rule, one case with a synthetic reset ratio above 0.1 %
 * (the alert is pending at 8 min, firing at 15 min) and one below it (silent at 15 and 25 min).
 * Series are per minute; counters grow by a fixed step, CloudWatch period sums stay constant.
 */
export function buildPromtoolTests(ruleFile: string, rules: readonly AlertRule[]): string {
  const tests = rules.flatMap((r) => [
    {
      interval: '1m',
      input_series: seriesFor(r, 0.003),
      alert_rule_test: [
        { eval_time: '8m', alertname: r.alert, exp_alerts: [] },
        {
          eval_time: '15m',
          alertname: r.alert,
          exp_alerts: [{ exp_labels: r.labels, exp_annotations: r.annotations }],
        },
      ],
    },
    {
      interval: '1m',
      input_series: seriesFor(r, 0.0005),
      alert_rule_test: [
        { eval_time: '15m', alertname: r.alert, exp_alerts: [] },
        { eval_time: '25m', alertname: r.alert, exp_alerts: [] },
      ],
    },
  ]);
  return stringify({ rule_files: [ruleFile], evaluation_interval: '1m', tests }, { lineWidth: 0 });
}

const REQUESTS_PER_MINUTE = 1000;

/** Labels that satisfy a selector's matchers: `a="x"` → x, `a=~"x|y"` → x. */
function labelsFor(ref: SeriesRef): string {
  if (!ref.matchers) return '';
  const parts = ref.matchers.split(',').map((m) => {
    const [name, op, raw] = /^\s*(\w+)\s*(=~|=)\s*"(.*)"\s*$/.exec(m)?.slice(1) ?? [];
    if (!name || !raw) throw new Error(`matcher not understood: ${m}`);
    return `${name}="${op === '=~' ? raw.split('|')[0] : raw}"`;
  });
  return `{${parts.join(',')}}`;
}

/** Labels no error matcher selects: the matcher's label with the value `other`. */
const otherLabels = (ref: SeriesRef | undefined) => {
  const name = ref?.matchers ? /^\s*(\w+)/.exec(ref.matchers)?.[1] : undefined;
  return name ? `{${name}="other"}` : '{kind="other"}';
};

function seriesFor(r: AlertRule, ratio: number) {
  const sig = r.signal;
  const values = (perMinute: number) =>
    sig.kind === 'counter' ? `0+${perMinute}x40` : `${perMinute}+0x40`;
  const errorsPerMinute = (REQUESTS_PER_MINUTE * ratio) / sig.errors.length;
  const series = sig.errors.map((e) => ({
    series: `${e.metric}${labelsFor(e)}`,
    values: values(errorsPerMinute),
  }));
  const sharesMetric = sig.errors.some((e) => e.metric === sig.total.metric);
  if (sharesMetric)
    // The total is the same metric: the rest of the requests carry another label value.
    series.push({
      series: `${sig.total.metric}${otherLabels(sig.errors[0])}`,
      values: values(REQUESTS_PER_MINUTE - REQUESTS_PER_MINUTE * ratio),
    });
  else
    series.push({
      series: `${sig.total.metric}${labelsFor(sig.total)}`,
      values: values(REQUESTS_PER_MINUTE),
    });
  return series;
}
