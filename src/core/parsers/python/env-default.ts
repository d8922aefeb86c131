import type { SettingScalar } from '../../model/chain';
import type { Span } from '../code/brackets';
import type { CodeScan } from '../code/scan';
import { convertValue, type PySetting } from './options';

const ENV_GET =
  /^(?:int|float)?\s*\(?\s*os\s*\.\s*(?:environ\s*\.\s*get|getenv)\s*\(\s*(["'])(\w+)\1\s*,\s*(["']?)([\d.]+)\3\s*\)\s*\)?$/;

/**
 * `keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))`: the default written in the file
 * (5), with an info that the variable may override it where gunicorn runs.
 */
export function envDefault(
  scan: CodeScan,
  setting: PySetting,
  name: string,
  value: Span,
): SettingScalar | undefined {
  const m = ENV_GET.exec(scan.text.slice(value.start, value.end).trim());
  if (!m?.[2] || !m[4] || setting.kind === 'text') return undefined;
  const v = convertValue(setting.kind, m[4]);
  if (v === undefined) return undefined;
  scan.report(
    'PY_SHELL_DEFAULT',
    'info',
    `${name} is ${m[4]} (the default in this file) unless ${m[2]} is set otherwise where gunicorn runs.`,
    value.start,
    value.end,
  );
  return v;
}
