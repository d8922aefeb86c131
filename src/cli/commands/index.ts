import type { Command } from '../io';
import { runAlerts } from './alerts';
import { runCheck } from './check';
import { runDecode } from './decode';
import { runProbe } from './probe';
import { runSimulate } from './simulate';
import { runExtract } from './extract';
import { runSchema } from './schema';
import { runServe } from './serve';
import { runUrl } from './url';

/** Sub-commands by name. Each lives in its own file in this folder; add one line per command. */
export const COMMANDS: Readonly<Record<string, { summary: string; run: Command }>> = {
  check: { summary: 'judge every hop of a chain and print the fix plan', run: runCheck },
  simulate: {
    summary: 'estimate lost requests per hop: closed form and simulation',
    run: runSimulate,
  },
  extract: { summary: 'list the keep-alive settings found in config files', run: runExtract },
  url: { summary: 'print the app URL that opens the chain', run: runUrl },
  schema: { summary: 'print the JSON Schema of chain files', run: runSchema },
  probe: { summary: "measure a live server's keep-alive idle timeout", run: runProbe },
  alerts: {
    summary: 'print Prometheus alert rules for the keep-alive race on each hop',
    run: runAlerts,
  },
  decode: {
    summary: 'read error logs back to the hop at fault and the keep-alive race',
    run: runDecode,
  },
  serve: { summary: 'serve the app on 127.0.0.1 (works offline)', run: runServe },
};
