import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

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

async function readCapped(handle: FileHandle): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(1 << 20) });
    if (bytesRead === 0) break;
    total += bytesRead;
    // A file can grow after fstat (a log being written): the cap holds for what is read too.
    if (total > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
    chunks.push(buffer.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads a regular file of at most MAX_INPUT_BYTES as UTF-8. Anything else (a FIFO, a device such
 * as /dev/zero, a directory, a socket) is refused at once: the file is opened non-blocking, so a
 * FIFO without a writer does not hang the CLI, and checked with fstat before a byte is read.
 * Rejects with an Error whose message is shown to the user.
 */
export async function readInputFile(path: string): Promise<string> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw describeFsError(e);
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new Error(`not a regular file (${describeKind(s)})`);
    if (s.size > MAX_INPUT_BYTES) throw new Error(TOO_LARGE);
    return await readCapped(handle);
  } catch (e) {
    throw describeFsError(e);
  } finally {
    await handle.close();
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
