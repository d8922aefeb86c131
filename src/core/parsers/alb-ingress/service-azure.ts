import type { SettingInput } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { YamlEntry } from '../../source/yaml/entries';
import type { ExtractedNode } from '../types';
import { writtenSetting } from '../written';
import type { ServiceInput, ServiceLbContext } from './service-lb';

const SVC = 'service.beta.kubernetes.io/';
const text = (e: YamlEntry | undefined) =>
  e === undefined || e.value === null || e.value === undefined ? undefined : String(e.value);

const AZURE_IDLE = `${SVC}azure-load-balancer-tcp-idle-timeout`;
const AZURE_NO_RESET = `${SVC}azure-load-balancer-disable-tcp-reset`;

/** Azure: the idle timeout annotation is in MINUTES (4–100); TCP reset is on unless disabled. */
export function readAzure(s: ServiceInput, ctx: ServiceLbContext): ExtractedNode | undefined {
  const idle = s.annotations.get(AZURE_IDLE);
  const noReset = s.annotations.get(AZURE_NO_RESET);
  const anyAzure = [...s.annotations.keys()].some((k) => k.startsWith(`${SVC}azure-`));
  if (!anyAzure) return undefined;
  const settings: Record<string, SettingInput> = {};
  if (idle) {
    const minutes = text(idle)?.trim() ?? '';
    if (/^\d{1,6}$/.test(minutes)) {
      const n = Number(minutes);
      if (n < 4 || n > 100)
        ctx.report(
          'INVALID_VALUE',
          'warning',
          `${AZURE_IDLE} = ${n}: Azure accepts 4–100 minutes`,
          idle.valueStart,
        );
      settings['idle_timeout_in_minutes'] = writtenSetting(
        n * 60_000,
        ctx.file,
        ctx.locate(idle.keyStart),
        AZURE_IDLE,
      );
    } else if (/\$\{|\{\{/.test(minutes)) {
      // envsubst / Helm placeholders: written, filled in at deploy time → unknown, not the default.
      ctx.report(
        'TEMPLATE',
        'warning',
        `${AZURE_IDLE} = ${minutes} is filled in at deploy time: its value is unknown here`,
        idle.valueStart,
      );
      settings['idle_timeout_in_minutes'] = writtenSetting(
        unknownValue(minutes, 'a template placeholder filled in at deploy time'),
        ctx.file,
        ctx.locate(idle.keyStart),
        AZURE_IDLE,
      );
    } else
      ctx.report(
        'INVALID_VALUE',
        'error',
        `${AZURE_IDLE} must be a whole number of minutes`,
        idle.valueStart,
      );
  }
  // cloud-provider-azure enables TCP reset on Standard Load Balancer rules; the annotation turns it off.
  if (noReset && /^(true|false)$/i.test(text(noReset) ?? ''))
    settings['enable_tcp_reset'] = writtenSetting(
      !/^true$/i.test(text(noReset) ?? ''),
      ctx.file,
      ctx.locate(noReset.keyStart),
      AZURE_NO_RESET,
    );
  return {
    tech: 'azure-lb',
    scope: s.scope,
    settings,
    label: `Azure Load Balancer for ${s.scope}`,
  };
}
