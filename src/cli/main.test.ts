import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildChainSchema } from '../core/chain-file/schema';
import { COMMANDS } from './commands';
import { createFakeIo } from './fake-io';
import { run } from './main';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('timeout-chain (top level)', () => {
  it('prints help listing every command', async () => {
    const io = createFakeIo();
    expect(await run(['--help'], io)).toBe(0);
    for (const name of Object.keys(COMMANDS)) expect(io.out).toContain(`  ${name}`);
    expect(io.err).toBe('');
  });

  it('prints the package version', async () => {
    const io = createFakeIo();
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out).toBe(`${pkg.version}\n`);
  });

  it.each(Object.keys(COMMANDS))('%s --help prints its usage and exits 0', async (name) => {
    const io = createFakeIo();
    expect(await run([name, '--help'], io)).toBe(0);
    expect(io.out).toMatch(new RegExp(`^Usage: timeout-chain ${name}`));
    const viaHelp = createFakeIo();
    expect(await run(['help', name], viaHelp)).toBe(0);
    expect(viaHelp.out).toBe(io.out);
  });

  it.each([
    [[], /missing command/],
    [['chekc'], /unknown command "chekc" \(did you mean check\?\)/],
    [['constructor'], /unknown command "constructor"/],
    [['__proto__'], /unknown command "__proto__"/],
  ])('%j → exit 2 with one line on stderr', async (argv, message) => {
    const io = createFakeIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('turns an unexpected exception into one line and exit 2, without a stack trace', async () => {
    const io = createFakeIo();
    io.stdout = () => {
      throw new Error('EPIPE: broken pipe\n    at Socket.write (node:net:1)');
    };
    expect(await run(['check', 'tech:aws-alb', 'tech:node-http-server'], io)).toBe(2);
    expect(io.err).toBe('timeout-chain: internal error: EPIPE: broken pipe\n');
  });
});

describe('timeout-chain schema', () => {
  it('matches schema/chain.schema.json (regenerate: npx tsx src/cli/bin.ts schema > schema/chain.schema.json && npx prettier --write schema)', async () => {
    const io = createFakeIo();
    expect(await run(['schema'], io)).toBe(0);
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/chain.schema.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(JSON.parse(io.out)).toEqual(buildChainSchema());
    expect(committed).toEqual(buildChainSchema());
  });
});
