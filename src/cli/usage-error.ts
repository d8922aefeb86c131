import type { CliIo } from './io';

/** Prints one line on stderr and returns exit code 2 (usage or unreadable input). */
export function failUsage(io: CliIo, command: string, message: string): number {
  const prefix = command ? `timeout-chain ${command}` : 'timeout-chain';
  io.stderr(`${prefix}: ${message}\n`);
  return 2;
}
