import type { SettingInput, SettingScalar } from '../model/chain';

/**
 * A setting as a parser found it written: its value, and an explicit origin at the 1-based line
 * and column of its name in `file`, named as written (`keepalive_timeout`, `server.tomcat.…`).
 */
export function writtenSetting(
  value: SettingScalar,
  file: string,
  at: { line: number; column: number },
  setting: string,
): SettingInput {
  return {
    value,
    origin: { kind: 'explicit', file, line: at.line, column: at.column, setting },
  };
}
