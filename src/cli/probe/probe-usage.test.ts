import { describe, expect, it } from 'vitest';
import { findFreePortForTest } from './free-port-kit';
import { createFakeIo } from '../fake-io';
import { run } from '../main';

async function usage(args: string[]): Promise<{ code: number; err: string; out: string }> {
  const io = createFakeIo();
  const code = await run(['probe', ...args], io);
  return { code, err: io.err, out: io.out };
}

describe('probe usage and connection errors: exit 2 with one line', () => {
  it.each([
    [['not a url'], '"not a url" is not a URL'],
    [['ftp://127.0.0.1/'], 'unsupported scheme ftp:'],
    [['--max-wait', '5x', 'http://127.0.0.1/'], '--max-wait:'],
    [['--max-wait', '0', 'http://127.0.0.1/'], '--max-wait must be more than 0'],
    [['--requests', '0', 'http://127.0.0.1/'], '--requests must be a whole number'],
    [['--header', 'no colon', 'http://127.0.0.1/'], '--header must be "Name: value"'],
    [['--method', 'GE T', 'http://127.0.0.1/'], '--method must be an HTTP method'],
    [['--path', 'x y', 'http://127.0.0.1/'], '--path must start with /'],
    [[], 'give the URL to probe'],
    [['--expect', 'tech:go-transport', 'http://127.0.0.1/'], 'no node of that chain serves HTTP'],
    [['--expect', 'tech:no-such-tech', 'http://127.0.0.1/'], '--expect:'],
  ])('%j', async (args, message) => {
    const r = await usage(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a refused connection', async () => {
    const port = await findFreePortForTest();
    const r = await usage([`http://127.0.0.1:${port}/`]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `timeout-chain probe: cannot connect to 127.0.0.1:${port}: connection refused\n`,
    );
  });

  it('a host that does not resolve (.invalid is reserved, RFC 2606)', async () => {
    const r = await usage(['http://no-such-host.invalid/']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('timeout-chain probe: cannot resolve host no-such-host.invalid\n');
  });
});
