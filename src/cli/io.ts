/** What a CLI command may touch: injected so tests run commands in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file, or stdin for `-`. Rejects with an Error whose message is shown to the user. */
  readFile(path: string): Promise<string>;
  /** Environment variables (NO_COLOR, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour). */
  isTty: boolean;
  /** Whether stderr is a terminal (progress lines of long waits, e.g. `probe`). */
  isStderrTty?: boolean;
  /**
   * Calls `handler` on Ctrl-C (SIGINT) instead of the default exit, until the returned function
   * is called. Absent in tests that do not simulate it.
   */
  onInterrupt?: (handler: () => void) => () => void;
}

/** A sub-command: returns the process exit code (0 ok, 1 findings at/above threshold, 2 usage/input error). */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;
