import type { CliIo } from './io';

export interface FakeIo extends CliIo {
  out: string;
  err: string;
  /** Paths read, in order. */
  reads: string[];
}

/** An in-memory CliIo for tests: files by path (`-` is stdin), captured stdout and stderr. */
export function createFakeIo(
  files: Record<string, string> = {},
  options: { env?: Record<string, string>; isTty?: boolean } = {},
): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    reads: [],
    stdout: (t) => void (io.out += t),
    stderr: (t) => void (io.err += t),
    readFile: (path) => {
      io.reads.push(path);
      const text = files[path];
      return text === undefined
        ? Promise.reject(new Error('no such file or directory'))
        : Promise.resolve(text);
    },
    env: options.env ?? {},
    isTty: options.isTty ?? false,
  };
  return io;
}

/** Runs the CLI in-process; returns the exit code with what it printed. */
export async function runCli(
  run: (argv: readonly string[], io: CliIo) => Promise<number>,
  argv: string[],
  io: FakeIo,
) {
  const code = await run(argv, io);
  return { code, out: io.out, err: io.err };
}
