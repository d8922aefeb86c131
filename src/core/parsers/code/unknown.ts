import { unknownValue, type UnknownValue } from '../../model/value';
import { tooComplex } from './evaluate';

const ENV =
  /process\s*\.\s*env|\bos\s*\.\s*(?:Getenv|LookupEnv|environ)|\bgetenv\s*\(|\bSystem\s*\.\s*getenv|\$\{?[A-Za-z_]/;
const FLAG = /\bflag\s*\.|^\*\s*[A-Za-z_]\w*$|\bviper\s*\./;
const NAME = /^[A-Za-z_$][\w$]*(?:\s*(?:\.|\?\.|->)\s*[A-Za-z_$][\w$]*)*$/;

/**
 * A written value that cannot be worked out from the pasted files, as an unknown value that says
 * why: an environment variable, a command-line flag, a variable / option field / parameter, or an
 * expression too big or too dynamic to evaluate. `written` is the expression as in the file.
 */
export function unresolvedValue(written: string): UnknownValue {
  const text = written.replace(/\s+/g, ' ').trim();
  const complex = tooComplex(written);
  const reason = complex
    ? `the expression is ${complex}`
    : ENV.test(text)
      ? 'it comes from an environment variable not set in the pasted files'
      : FLAG.test(text)
        ? 'it comes from a command-line flag or runtime configuration'
        : NAME.test(text)
          ? 'it is held in a variable, option field or parameter whose value is not in the pasted files'
          : usesName(text);
  return unknownValue(text, reason);
}

/** Names of units, conversions and factories: not what makes a value unknown. */
const LIBRARY =
  /^(?:time|TimeValue|Timeout|Duration|TimeUnit|ChronoUnit|Math|Number|BigInt|int\d*|uint\d*|float\d*|long|double|Long|Integer|str|float|int)(?:\.|$)/;

function usesName(text: string): string {
  const names = text.match(/(?<![\w$.])[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*/g) ?? [];
  const variable = names.map((n) => n.replace(/\s+/g, '')).find((n) => !LIBRARY.test(n));
  return variable
    ? `it uses ${variable}, whose value is not in the pasted files`
    : 'it cannot be worked out from the pasted files alone';
}
