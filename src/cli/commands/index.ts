import type { Command } from '../io';

/** Sub-commands by name. Each lives in its own file in this folder; add one line per command. */
export const COMMANDS: Readonly<Record<string, { summary: string; run: Command }>> = {};
