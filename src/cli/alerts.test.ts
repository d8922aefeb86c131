import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createFakeIo } from './fake-io';
import { run } from './main';

async function alerts(args: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = await run(['alerts', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('timeout-chain alerts', () => {
  it('prints a groups: rule file with a rule per metric source of the chain', async () => {
    const { code, out, err } = await alerts([
      'tech:aws-alb',
      'tech:envoy',
      'tech:node-http-server',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const doc = parse(out) as {
      groups: { name: string; rules: { alert: string; expr: string; for: string }[] }[];
    };
    const rules = doc.groups[0]?.rules ?? [];
    expect(rules.map((r) => r.alert)).toEqual([
      'KeepAliveRaceHop1AwsAlbElb502',
      'KeepAliveRaceHop2EnvoyResetWithActiveRequest',
      'KeepAliveRaceHop2EnvoyRetries',
    ]);
    expect(rules[1]?.expr).toBe(
      'sum(rate(envoy_cluster_upstream_cx_destroy_remote_with_active_rq[5m])) / sum(rate(envoy_cluster_upstream_rq_total[5m])) > 0.001',
    );
    expect(rules.every((r) => r.for === '10m')).toBe(true);
  });

  it('says in a comment which hop has no rule and why', async () => {
    const { out } = await alerts(['tech:aws-alb', 'tech:nginx', 'tech:node-http-server']);
    expect(out).toMatch(/^# hop 2 \(nginx → Node\.js http server\): no rule — /m);
  });

  it('is a usage error without a chain or with one node', async () => {
    expect((await alerts([])).code).toBe(2);
    const one = await alerts(['tech:aws-alb']);
    expect(one.code).toBe(2);
    expect(one.err).toContain('timeout-chain alerts: a chain needs at least two nodes');
  });
});
