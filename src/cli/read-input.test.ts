import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, readInputFile, readInputStream } from './read-input';

/** An endless stream of zero bytes, 1 MiB at a time (stdin redirected from /dev/zero). */
function* zeros() {
  for (;;) yield Buffer.alloc(1 << 20);
}

const dir = mkdtempSync(join(tmpdir(), 'timeout-chain-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInputFile', () => {
  it('reads a regular file', async () => {
    const path = join(dir, 'nginx.conf');
    writeFileSync(path, 'keepalive_timeout 5s;\n');
    expect(await readInputFile(path)).toBe('keepalive_timeout 5s;\n');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readInputFile(fifo)).rejects.toThrow('not a regular file (a FIFO)');
  }, 5000);

  it('refuses /dev/zero and a directory', async () => {
    await expect(readInputFile('/dev/zero')).rejects.toThrow(
      'not a regular file (a character device)',
    );
    await expect(readInputFile(dir)).rejects.toThrow('not a regular file (a directory)');
  }, 5000);

  it('refuses a file over the size cap without reading it', async () => {
    const big = join(dir, 'big.conf');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: costs no disk
    await expect(readInputFile(big)).rejects.toThrow('larger than 32 MiB');
  });

  it('reads a file whose size fstat reports as 0 (/proc) to its end', async () => {
    // /proc files are regular files of size 0 that still hold text: the read grows its buffer.
    const text = await readInputFile('/proc/self/status');
    expect(text).toMatch(/^Name:/);
    expect(text.length).toBeGreaterThan(200);
  });

  it('says what is missing', async () => {
    await expect(readInputFile(join(dir, 'nope'))).rejects.toThrow(/^no such file or directory$/);
  });
});

describe('readInputStream (stdin)', () => {
  it('reads to the end', async () => {
    expect(await readInputStream(Readable.from([Buffer.from('a'), 'b']))).toBe('ab');
  });

  it('stops at the size cap on an endless stream', async () => {
    await expect(readInputStream(Readable.from(zeros()))).rejects.toThrow('larger than 32 MiB');
  }, 10_000);
});
