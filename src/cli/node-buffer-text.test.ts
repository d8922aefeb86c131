import { describe, expect, it } from 'vitest';
import { createFakeIo, runCli } from './fake-io';
import { run } from './main';

describe('check text: what the README shows', () => {
  // Node 20.20.2 closes 1 s after keepAliveTimeout (5 s default): S = 6 s, said where it shows.
  it("explains Node's 1 s buffer beside S and names an unlabelled node once", async () => {
    const { out } = await runCli(
      run,
      ['check', 'tech:aws-alb', 'tech:node-http-server'],
      createFakeIo(),
    );
    expect(out).toMatch(/server S .* 6 s \(keepAliveTimeout 5 s \+ Node's 1 s buffer\)/);
    expect(out).toContain('1. node-http-server: server.keepAliveTimeout 5 s → 65 s');
    expect(out).not.toContain('node-http-server (node-http-server)');
  });

  it('simulate names an unlabelled node once', async () => {
    const { out } = await runCli(
      run,
      ['simulate', '--requests', '1000', 'tech:go-transport', 'tech:node-http-server'],
      createFakeIo(),
    );
    expect(out).toContain('Hop 1: go-transport → node-http-server');
  });
});
