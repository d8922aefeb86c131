import type { SettingScalar } from '../../model/chain';
import { unknownValue } from '../../model/value';
import type { CodeScan } from '../code/scan';
import { convertValue, type PyValueKind } from './options';
import { shellParameter } from './shell-vars';

/**
 * The value of a command-line option as the program will see it: a literal; `${VAR:-2}` → 2 (the
 * shell's default, with an info that the variable may override it); `$VAR` set in the same file
 * (`ENV VAR=5`, `VAR=5`, `VAR: "5"`) → that value, with the same info; a variable set nowhere in
 * the file → unknown. Undefined (after a diagnostic) when the value is invalid.
 * In a compose service (`compose`), Compose fills `${VAR:-2}` in from the shell or `.env` where it
 * runs — never from the service's own `environment:` — while `$${VAR:-2}` is left to the
 * container's shell, where `environment:` does apply.
 */
export function commandLineValue(
  scan: CodeScan,
  option: string,
  kind: PyValueKind,
  word: { text: string; start: number; end: number },
  compose = false,
): SettingScalar | undefined {
  const literal = convertValue(kind, word.text, true);
  if (literal !== undefined) return literal;
  const escaped = compose && word.text.startsWith('$$');
  const param = shellParameter(escaped ? word.text.slice(1) : word.text);
  const byCompose = compose && !escaped;
  if (!param && !word.text.includes('$')) {
    scan.report(
      'PY_INVALID_VALUE',
      'warning',
      `${option} expects a whole number, not "${word.text}".`,
      word.start,
      word.end,
    );
    return undefined;
  }
  const set = param && !byCompose ? assignedInFile(scan.text, param.variable) : undefined;
  const fallback = param?.fallback ? convertValue(kind, param.fallback, true) : undefined;
  const known = set === undefined ? fallback : convertValue(kind, set, true);
  if (param && known !== undefined) {
    const from =
      set === undefined ? `the default in ${word.text}` : `${param.variable}=${set} in this file`;
    const where = byCompose
      ? 'in the shell or .env where docker compose runs (Compose fills it in; the service environment: does not)'
      : 'where the command runs';
    scan.report(
      'PY_SHELL_DEFAULT',
      'info',
      `${option} is ${set ?? param.fallback} (${from}) unless ${param.variable} is set otherwise ${where}.`,
      word.start,
      word.end,
    );
    return known;
  }
  scan.report(
    'PY_UNRESOLVED_EXPRESSION',
    'warning',
    `${option} ${word.text} depends on an environment variable not set in the pasted files: it is unknown until you set its value in the chain.`,
    word.start,
    word.end,
  );
  const name = param?.variable ?? word.text;
  return unknownValue(
    word.text,
    `it comes from the environment variable ${name}, not set in the pasted files`,
  );
}

/** `ENV KEEPALIVE=5`, `ENV KEEPALIVE 5`, `KEEPALIVE=5`, `export KEEPALIVE=5`, `KEEPALIVE: "5"`. */
function assignedInFile(text: string, variable: string): string | undefined {
  const re = new RegExp(
    String.raw`(?:^|[\s"'-])(?:ENV[ \t]+)?${variable}(?:[ \t]*[=:][ \t]*|[ \t]+(?=\d))["']?([\w.]+)`,
    'm',
  );
  return re.exec(text)?.[1];
}
