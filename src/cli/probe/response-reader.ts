/**
 * Reads one HTTP/1.1 response at a time from the bytes of a connection: status line, headers,
 * then the body by `Transfer-Encoding: chunked`, `Content-Length`, or (neither) until the close.
 * Interim 1xx responses are skipped. Bounded: a head over 64 KiB is an error, not a wait.
 */

export interface ResponseHead {
  status: number;
  /** `HTTP/1.1` or `HTTP/1.0`. */
  version: string;
  /** Header values by lower-case name, repeated headers in order. */
  headers: Map<string, string[]>;
  /** The body ends only when the server closes (no length given): no reuse possible. */
  delimitedByClose: boolean;
}

const MAX_HEAD_BYTES = 64 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

type State =
  | { at: 'head' }
  | { at: 'length'; left: number }
  | { at: 'chunk-size' }
  | { at: 'chunk-data'; left: number }
  | { at: 'trailers' }
  | { at: 'until-close' };

export type ReadStep =
  { kind: 'more' } | { kind: 'done'; head: ResponseHead } | { kind: 'error'; message: string };

function parseHead(text: string): ResponseHead | string {
  const [statusLine = '', ...lines] = text.split('\r\n');
  const m = /^(HTTP\/1\.[01]) (\d{3})(?: .*)?$/.exec(statusLine);
  if (!m) return `not an HTTP/1.x response: "${statusLine.slice(0, 60)}"`;
  const headers = new Map<string, string[]>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(name) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(name, list);
  }
  return { version: m[1] ?? '', status: Number(m[2]), headers, delimitedByClose: false };
}

/** The comma-separated tokens of a header, lower-case (`Connection: close, TE` → close, te). */
export const headerTokens = (head: ResponseHead, name: string): string[] =>
  (head.headers.get(name) ?? []).flatMap((v) => v.split(',')).map((t) => t.trim().toLowerCase());

/** A response reader for one request; `method` decides whether a body follows (HEAD: never). */
export class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private state: State = { at: 'head' };
  private head: ResponseHead | null = null;

  constructor(private readonly method: string) {}

  /** Feeds bytes; returns `done` when the response is complete (extra bytes are kept). */
  push(chunk: Buffer): ReadStep {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    return this.advance();
  }

  /** The connection ended: completes a response delimited by the close. */
  end(): ReadStep {
    if (this.state.at === 'until-close' && this.head) return { kind: 'done', head: this.head };
    return { kind: 'error', message: 'the connection closed in the middle of the response' };
  }

  private advance(): ReadStep {
    for (;;) {
      const s = this.state;
      if (s.at === 'head') {
        const end = this.buffer.indexOf(HEAD_END);
        if (end < 0)
          return this.buffer.length > MAX_HEAD_BYTES
            ? { kind: 'error', message: 'response headers over 64 KiB' }
            : { kind: 'more' };
        const head = parseHead(this.buffer.subarray(0, end).toString('latin1'));
        this.buffer = this.buffer.subarray(end + 4);
        if (typeof head === 'string') return { kind: 'error', message: head };
        if (head.status >= 100 && head.status < 200 && head.status !== 101) continue;
        this.head = head;
        const next = this.bodyState(head);
        if (next === null) return { kind: 'done', head };
        if (typeof next === 'string') return { kind: 'error', message: next };
        this.state = next;
        continue;
      }
      if (s.at === 'until-close') {
        this.buffer = Buffer.alloc(0);
        return { kind: 'more' };
      }
      if (s.at === 'length' || s.at === 'chunk-data') {
        const take = Math.min(s.left, this.buffer.length);
        this.buffer = this.buffer.subarray(take);
        s.left -= take;
        if (s.left > 0) return { kind: 'more' };
        if (s.at === 'length') return this.finish();
        if (this.buffer.length < 2) return { kind: 'more' };
        this.buffer = this.buffer.subarray(2); // the CRLF after the chunk
        this.state = { at: 'chunk-size' };
        continue;
      }
      const eol = this.buffer.indexOf(CRLF);
      if (eol < 0)
        return this.buffer.length > MAX_HEAD_BYTES
          ? { kind: 'error', message: 'a chunk line over 64 KiB' }
          : { kind: 'more' };
      const line = this.buffer.subarray(0, eol).toString('latin1');
      this.buffer = this.buffer.subarray(eol + 2);
      if (s.at === 'trailers') {
        if (line === '') return this.finish();
        continue;
      }
      const size = /^[0-9a-fA-F]{1,12}/.exec(line.trim());
      if (!size) return { kind: 'error', message: `bad chunk size "${line.slice(0, 20)}"` };
      const n = parseInt(size[0], 16);
      this.state = n === 0 ? { at: 'trailers' } : { at: 'chunk-data', left: n };
    }
  }

  private finish(): ReadStep {
    this.state = { at: 'head' };
    return this.head ? { kind: 'done', head: this.head } : { kind: 'more' };
  }

  /** How the body of this response is delimited (RFC 9112 §6.3); null: no body. */
  private bodyState(head: ResponseHead): State | null | string {
    if (this.method === 'HEAD' || head.status === 204 || head.status === 304) return null;
    const coding = headerTokens(head, 'transfer-encoding');
    if (coding.length > 0 && coding[coding.length - 1] === 'chunked') return { at: 'chunk-size' };
    const lengths = head.headers.get('content-length');
    if (lengths && coding.length === 0) {
      const values = new Set(lengths.flatMap((v) => v.split(',')).map((v) => v.trim()));
      const [only] = [...values];
      if (values.size !== 1 || only === undefined || !/^\d{1,15}$/.test(only))
        return `bad Content-Length "${lengths.join(', ').slice(0, 40)}"`;
      return Number(only) === 0 ? null : { at: 'length', left: Number(only) };
    }
    head.delimitedByClose = true;
    return { at: 'until-close' };
  }
}
