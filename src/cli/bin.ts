import { isatty } from 'node:tty';
import type { CliIo } from './io';
import { run } from './main';
import { readInputFile, readInputStream } from './read-input';

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) =>
    path === '-' ? readInputStream(process.stdin as AsyncIterable<Buffer>) : readInputFile(path),
  env: process.env,
  isTty: isatty(1),
  isStderrTty: isatty(2),
  onInterrupt: (handler) => {
    process.once('SIGINT', handler);
    return () => void process.off('SIGINT', handler);
  },
};

void run(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
  // Exit as soon as everything written has been flushed: a natural exit would first tear down the
  // heap of a large extraction, which costs tens of milliseconds for nothing.
  process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
});
