import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

const ALB_NGINX = ['tech:aws-alb', 'tech:nginx'];
const GO_NODE = ['tech:go-transport', 'tech:node-http-server'];

/** Runs the CLI; the first stderr line and the exit code. */
async function runOdd(argv: string[]) {
  const io = createFakeIo();
  const code = await run(argv, io);
  return { code, err: io.err, out: io.out };
}

describe('odd option values get the CLI’s own one-line message and exit 2', () => {
  it.each([
    [
      ['simulate', '--rps', '-3', ...GO_NODE],
      /^timeout-chain simulate: --rps must be a number > 0/,
    ],
    [['simulate', '--rps', 'Infinity', ...GO_NODE], /^timeout-chain simulate: --rps must be/],
    [['simulate', '--rps', '0x10', ...GO_NODE], /^timeout-chain simulate: --rps must be/],
    [['simulate', '--requests', '-1', ...GO_NODE], /^timeout-chain simulate: --requests must/],
    [['simulate', '--requests', '1e12', ...GO_NODE], /^timeout-chain simulate: --requests must/],
    [['simulate', '--seed', '-2', ...GO_NODE], /^timeout-chain simulate: --seed must/],
    [['simulate', '--seed', 'NaN', ...GO_NODE], /^timeout-chain simulate: --seed must/],
    [['simulate', '--non-idempotent-share', '-0.5', ...GO_NODE], /--non-idempotent-share must/],
    [['simulate', '--rtt', '-5ms', ...GO_NODE], /^timeout-chain simulate: --rtt: /],
    [['simulate', '--rtt', '99999999999999999999d', ...GO_NODE], /--rtt must be at most 60 s/],
    [['simulate', '--reaction-delay', '1000d', ...GO_NODE], /--reaction-delay must be at most/],
    [['check', '--rtt', '99999999999999999999d', ...ALB_NGINX], /^timeout-chain check: --rtt must/],
    [['check', '--rtt', '-1ms', ...ALB_NGINX], /^timeout-chain check: --rtt: /],
    [['check', '--margin', '9999999h', ...ALB_NGINX], /^timeout-chain check: --margin must/],
    [
      ['check', '--margin', 'none', ...ALB_NGINX],
      /^timeout-chain check: --margin must be a finite/,
    ],
    [['check', '--rtt', ...ALB_NGINX.slice(0, 0)], /^timeout-chain check: --rtt needs a value$/m],
    [
      ['check', '--format', '--rtt', '1ms', ...ALB_NGINX],
      /^timeout-chain check: --format needs a value/,
    ],
    [['check', '--bogus', ...ALB_NGINX], /^timeout-chain check: unknown option --bogus/],
    [['check', '--rt', '1ms', ...ALB_NGINX], /unknown option --rt \(did you mean --rtt\?/],
    [['check', '-x', ...ALB_NGINX], /^timeout-chain check: unknown option -x/],
    [['extract', '--pretty=yes', 'a.conf'], /^timeout-chain extract: --pretty takes no value/],
    [['url', '--base'], /^timeout-chain url: --base needs a value/],
  ])('%j', async (argv, message) => {
    const r = await runOdd(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/Option '|argument is ambiguous|Unknown option|e\+\d/);
  });

  it('keeps accepting sensible values, negative-looking positionals aside', async () => {
    const r = await runOdd([
      'check',
      '--rtt=2ms',
      '--margin',
      '0s',
      '--format',
      'json',
      ...ALB_NGINX,
    ]);
    expect(r.err).toBe('');
    expect([0, 1]).toContain(r.code);
    const at = await runOdd(['simulate', '--rps', '1e-3', '--requests', '1_000', ...GO_NODE]);
    expect(at.code).toBe(0);
  });
});
