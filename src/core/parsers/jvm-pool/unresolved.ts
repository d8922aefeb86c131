import { quoteExpression } from '../code/scan';
import { unresolvedValue } from '../code/unknown';
import type { Argument } from './arguments';
import type { JvmScan } from './scan';

/** Where a setting is written: its node, key, and the call name at `at` (the origin's setting). */
export interface WrittenAt {
  tech: string;
  scope: string;
  key: string;
  at: number;
  call: string;
}

/**
 * A setting whose arguments cannot be worked out from the pasted files: a warning over them, and
 * an unknown value that says why (never the default).
 */
export function setUnresolved(jvm: JvmScan, w: WrittenAt, args: readonly Argument[]): void {
  const { scan } = jvm;
  const start = args[0]?.value.start ?? w.at;
  const end = args.at(-1)?.value.end ?? w.at;
  const written = scan.text.slice(start, end);
  scan.report(
    'JVM_UNRESOLVED_EXPRESSION',
    'warning',
    `Cannot work out ${w.call}(${quoteExpression(written)}) from the pasted files: it is unknown until you set its value in the chain.`,
    start,
    end,
  );
  scan.set(w.tech, w.scope, w.key, unresolvedValue(written), w.at, w.call);
}
