import { describeDuration, ms } from '../../core/model/duration';
import type { CliIo } from '../io';

/** A progress line on stderr while the probe waits, only when stderr is a terminal. */
export function startProgress(
  io: CliIo,
  maxWaitMs: number,
): { show: (waitedMs: number) => void; clear: () => void } {
  if (!io.isStderrTty) return { show: () => {}, clear: () => {} };
  let shown = false;
  const limit = describeDuration(ms(maxWaitMs));
  return {
    show: (waitedMs) => {
      shown = true;
      const waited = describeDuration(ms(Math.floor(waitedMs / 1000) * 1000));
      io.stderr(`\r\x1b[Kidle, waiting for the server to close: ${waited} of at most ${limit}`);
    },
    clear: () => {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
