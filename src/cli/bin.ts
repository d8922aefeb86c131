import { readFile } from 'node:fs/promises';
import { isatty } from 'node:tty';
import type { CliIo } from './io';
import { run } from './main';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Turns Node's `ENOENT: no such file or directory, open 'x'` into `no such file or directory`. */
function describeFsError(e: unknown): Error {
  const code = (e as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
  };
  return new Error((code && reasons[code]) ?? (e instanceof Error ? e.message : String(e)));
}

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => {
    try {
      return path === '-' ? await readStdin() : await readFile(path, 'utf8');
    } catch (e) {
      throw describeFsError(e);
    }
  },
  env: process.env,
  isTty: isatty(1),
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Exit as soon as everything written has been flushed: a natural exit would first tear down the
  // heap of a large extraction, which costs tens of milliseconds for nothing.
  process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
});
