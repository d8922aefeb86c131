import { buildChainSchema } from '../../core/chain-file/schema';
import { parseCommandArgs } from '../args';
import type { CliIo } from '../io';
import { failUsage } from '../usage-error';

export const SCHEMA_HELP = `Usage: timeout-chain schema

Prints the JSON Schema of chain files (schema/chain.schema.json is this output). Editors with the
YAML language server validate and complete a chain file that starts with
  # yaml-language-server: $schema=<path or URL of chain.schema.json>

Exit codes: 0 printed, 2 usage error.
`;

/** `timeout-chain schema`: the chain-file JSON Schema, built from the catalog. */
export function runSchema(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseCommandArgs(argv, {});
  if (!args.ok) return Promise.resolve(failUsage(io, 'schema', args.error));
  if (args.value.values['help']) io.stdout(SCHEMA_HELP);
  else if (args.value.positionals.length > 0)
    return Promise.resolve(failUsage(io, 'schema', 'takes no arguments'));
  else io.stdout(`${JSON.stringify(buildChainSchema(), null, 2)}\n`);
  return Promise.resolve(0);
}
