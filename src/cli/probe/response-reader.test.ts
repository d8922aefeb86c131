import { describe, expect, it } from 'vitest';
import { ResponseReader, type ReadStep } from './response-reader';

/** Feeds the text in pieces of `size` bytes; returns every step that was not `more`. */
function feed(method: string, text: string, size = 3): ReadStep[] {
  const reader = new ResponseReader(method);
  const bytes = Buffer.from(text, 'latin1');
  const steps: ReadStep[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const step = reader.push(bytes.subarray(i, i + size));
    if (step.kind !== 'more') steps.push(step);
  }
  return steps;
}

const statusOf = (s: ReadStep | undefined) => (s?.kind === 'done' ? s.head.status : s?.kind);

describe('ResponseReader (RFC 9112 §6.3 message body length)', () => {
  it('a Content-Length body split across reads completes only at its last byte', () => {
    const text = 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nKeep-Alive: timeout=5\r\n\r\nhello';
    const steps = feed('GET', text);
    expect(steps).toHaveLength(1);
    expect(statusOf(steps[0])).toBe(200);
    expect(feed('GET', text.slice(0, -1))).toEqual([]);
  });

  it('a chunked body with an extension and trailers', () => {
    const text =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;name=x\r\nWiki\r\n5\r\npedia\r\n0\r\nExpires: never\r\n\r\n';
    expect(feed('GET', text, 1).map(statusOf)).toEqual([200]);
    expect(feed('GET', text.slice(0, -2), 1)).toEqual([]);
  });

  it('HEAD, 204 and 304 have no body whatever their headers say', () => {
    expect(feed('HEAD', 'HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n').map(statusOf)).toEqual([
      200,
    ]);
    expect(feed('GET', 'HTTP/1.1 204 No Content\r\n\r\n').map(statusOf)).toEqual([204]);
    expect(
      feed('GET', 'HTTP/1.1 304 Not Modified\r\nContent-Length: 9\r\n\r\n').map(statusOf),
    ).toEqual([304]);
  });

  it('skips an interim 100 Continue', () => {
    const text = 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n';
    expect(feed('POST', text).map(statusOf)).toEqual([201]);
  });

  it('a body with no length ends at the close and marks the response', () => {
    const reader = new ResponseReader('GET');
    expect(reader.push(Buffer.from('HTTP/1.0 200 OK\r\n\r\nsome body')).kind).toBe('more');
    const end = reader.end();
    expect(end.kind === 'done' && end.head.delimitedByClose).toBe(true);
  });

  it('refuses conflicting Content-Length values and non-HTTP replies', () => {
    expect(feed('GET', 'HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\n')[0]?.kind).toBe('error');
    expect(feed('GET', 'SSH-2.0-OpenSSH_9.6\r\n\r\n')[0]?.kind).toBe('error');
  });

  it('a closed connection mid-body is an error', () => {
    const reader = new ResponseReader('GET');
    reader.push(Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc'));
    expect(reader.end().kind).toBe('error');
  });
});
