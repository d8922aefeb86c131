import type { KnownScalar } from '../../model/chain';
import { dotnetTimeSpan } from './snippet-format';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A TimeSpan as configuration binding reads it (`TimeSpan.Parse`): `00:02:10`, `1.00:00:00`,
 * `00:00:01.5`; no limit is `-00:00:00.001` (Timeout.InfiniteTimeSpan). Never a bare number,
 * which TimeSpan reads as days.
 */
export function timeSpanText(v: KnownScalar): string {
  if (typeof v !== 'number') return '-00:00:00.001';
  const total = Math.max(0, Math.round(v));
  const days = Math.floor(total / 86_400_000);
  const h = Math.floor(total / 3_600_000) % 24;
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const frac = total % 1000;
  const fraction = frac > 0 ? `.${String(frac).padStart(3, '0').replace(/0+$/, '')}` : '';
  return `${days > 0 ? `${days}.` : ''}${two(h)}:${two(m)}:${two(s)}${fraction}`;
}

/** A Kestrel limit in appsettings.json, then the same in Program.cs. */
export function kestrelLimitSnippet(name: string) {
  return (v: KnownScalar): string =>
    [
      '// appsettings.json (or Kestrel__Limits__' + name + ' in the environment)',
      '{',
      '  "Kestrel": {',
      '    "Limits": {',
      `      "${name}": "${timeSpanText(v)}"`,
      '    }',
      '  }',
      '}',
      '',
      '// Program.cs',
      `builder.WebHost.ConfigureKestrel(options => options.Limits.${name} = ${dotnetTimeSpan(v)});`,
    ].join('\n');
}
