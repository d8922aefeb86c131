import { err, ok, type Result } from '../model/result';

async function readAll(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Result<Uint8Array>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return err(`expands beyond ${Math.round(limit / 1024)} kB`);
      }
      chunks.push(value);
    }
  } catch {
    return err('is not valid compressed data');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return ok(out);
}

/** Raw DEFLATE (RFC 1951) with the platform's CompressionStream: browsers and Node ≥ 18. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const r = await readAll(stream, Number.MAX_SAFE_INTEGER);
  if (!r.ok) throw new Error(`deflate failed: ${r.error}`);
  return r.value;
}

/**
 * Inflates raw DEFLATE data, stopping at `limitBytes` of output (a hostile link cannot make the
 * page allocate gigabytes). Corrupt or truncated input is an error value, never an exception.
 */
export async function inflateRaw(
  bytes: Uint8Array,
  limitBytes: number,
): Promise<Result<Uint8Array>> {
  let stream: ReadableStream<Uint8Array>;
  try {
    stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
  } catch {
    return err('cannot be decompressed here');
  }
  return readAll(stream, limitBytes);
}
