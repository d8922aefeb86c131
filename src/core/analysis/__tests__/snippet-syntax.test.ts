import { describe, expect, it } from 'vitest';
import { analyzeChain } from '../engine';
import type { Chain, ChainNode } from '../../model/chain';
import { ms } from '../../model/duration';
import { parseAwsCdk } from '../../parsers/aws-cdk';
import { parseCloudFormation } from '../../parsers/cloudformation';
import { parseJvmPool } from '../../parsers/jvm-pool';

const edit = (value: number) => ({ value, origin: { kind: 'edit' as const } });

/** The fix plan's snippets for `first` → a Node server that may not change. */
function snippetsFor(first: Omit<ChainNode, 'id'>): string[] {
  const chain: Chain = {
    nodes: [
      { id: 'first', ...first },
      {
        id: 'app',
        tech: 'node-http-server',
        settings: { 'server.keepAliveTimeout': edit(30_000) },
        locked: ['server.keepAliveTimeout', 'server.headersTimeout'],
      },
    ],
    links: [{ rttMs: ms(1) }],
  };
  return analyzeChain(chain).fixPlan.changes.map((c) => c.snippet);
}

const alb = (syntax?: string) => ({
  tech: 'aws-alb',
  settings: { 'idle_timeout.timeout_seconds': edit(120_000) },
  ...(syntax ? { syntax } : {}),
});
const okhttp = (syntax: string) => ({
  tech: 'okhttp',
  settings: { 'ConnectionPool.keepAliveDuration': edit(120_000) },
  syntax,
});

const syntaxOf = (r: { nodes: { syntax?: string }[] }) => r.nodes.map((n) => n.syntax);

describe('fix snippets in the language the setting was read from', () => {
  it('an ALB from a CloudFormation template gets a LoadBalancerAttributes entry', () => {
    const [yaml] = snippetsFor(alb('cloudformation-yaml'));
    expect(yaml).toMatch(
      /^LoadBalancerAttributes:\n  - Key: idle_timeout\.timeout_seconds\n    Value: "\d+"$/,
    );
    const [json] = snippetsFor(alb('cloudformation-json'));
    expect(json).toMatch(
      /^"LoadBalancerAttributes": \[\{ "Key": "idle_timeout\.timeout_seconds", "Value": "\d+" \}\]$/,
    );
  });

  it('an ALB from a CDK app gets the construct prop; Terraform and hand-built ALBs keep theirs', () => {
    expect(snippetsFor(alb('cdk'))[0]).toMatch(/^idleTimeout: Duration\.seconds\(\d+\)$/);
    expect(snippetsFor(alb())[0]).toMatch(/^idle_timeout = \d+ # resource "aws_lb"$/);
  });

  it('OkHttp in Java gets `new ConnectionPool(…)`, in Kotlin the constructor call alone', () => {
    expect(snippetsFor(okhttp('java'))[0]).toMatch(
      /^new ConnectionPool\(5, \d+, TimeUnit\.SECONDS\)$/,
    );
    expect(snippetsFor(okhttp('kotlin'))[0]).toMatch(
      /^ConnectionPool\(5, \d+, TimeUnit\.SECONDS\)$/,
    );
  });

  it('the parsers say which language each node was written in', () => {
    const lb = 'Resources:\n  Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n';
    expect(syntaxOf(parseCloudFormation({ name: 't.yaml', text: lb }))).toEqual([
      'cloudformation-yaml',
    ]);
    const json = '{"Resources": {"Lb": {"Type": "AWS::ElasticLoadBalancingV2::LoadBalancer"}}}';
    expect(syntaxOf(parseCloudFormation({ name: 't.json', text: json }))).toEqual([
      'cloudformation-json',
    ]);
    const cdk = "new elbv2.ApplicationLoadBalancer(this, 'Alb', { vpc });\n";
    expect(syntaxOf(parseAwsCdk({ name: 'stack.ts', text: cdk }))).toEqual(['cdk']);
    const pool = 'ConnectionPool pool = new ConnectionPool(5, 30, TimeUnit.SECONDS);\n';
    expect(syntaxOf(parseJvmPool({ name: 'A.java', text: pool }))).toEqual(['java']);
    expect(
      syntaxOf(
        parseJvmPool({
          name: 'A.kt',
          text: 'val pool = ConnectionPool(5, 30, TimeUnit.SECONDS)\n',
        }),
      ),
    ).toEqual(['kotlin']);
  });
});
