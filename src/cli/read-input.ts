import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The largest input the CLI reads, a file or stdin: 32 MiB. The generated 85 000-line nginx.conf
 * of the benchmark is 4 MB; anything past this is not a config, and reading it would end in
 * "Invalid string length" or an exhausted heap instead of a clear message.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

const TOO_LARGE = `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the limit for one input`;

/** What a non-regular file is, for the message. */
function describeKind(s: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (s.isDirectory()) return 'a directory';
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  if (s.isSocket()) return 'a socket';
  return 'something else';
}

/** Turns Node's `ENOENT: no such file or directory, open 'x'` into `no such file or directory`. */
function describeFsError(e: unknown): Error {
  const code = (e as { code?: string }).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENXIO: 'not a regular file (a socket or device)',
  };
  return new Error((code && reasons[code]) ?? (e instanceof Error ? e.message : String(e)));
}

/** Reads an open regular file to its end, holding the size cap for what is read too. */
function readCapped(fd: number, size: number): string {
  // One buffer of the size fstat gave (plus room to notice growth): no chunk list, no copy.
  let buffer = Buffer.allocUnsafe(Math.min(size + 1, MAX_INPUT_BYTES + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      // A file can grow after fstat (a log being written).
      if (total > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
      const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, MAX_INPUT_BYTES + 1));
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, total, buffer.length - total, null);
    if (n === 0) break;
    total += n;
  }
  if (total > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
  return buffer.toString('utf8', 0, total);
}

/**
 * Reads a regular file of at most MAX_INPUT_BYTES as UTF-8. Anything else (a FIFO, a device such
 * as /dev/zero, a directory, a socket) is refused at once: the file is opened non-blocking, so a
 * FIFO without a writer does not hang the CLI, and checked with fstat before a byte is read.
 * Synchronous underneath (the CLI reads its inputs one after another before any other work, and a
 * thread-pool round trip per 1 MiB costs more than the read). Rejects with an Error whose message
 * is shown to the user.
 */
export function readInputFile(path: string): Promise<string> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return Promise.reject(describeFsError(e));
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) throw new Error(`not a regular file (${describeKind(s)})`);
    if (s.size > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
    return Promise.resolve(readCapped(fd, s.size));
  } catch (e) {
    return Promise.reject(describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (stdin) to the end as UTF-8, refusing more than MAX_INPUT_BYTES. */
export async function readInputStream(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}
