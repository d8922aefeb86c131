import { describe, expect, it } from 'vitest';
import packageJson from '../../../package.json';
import { analyzeChain } from '../analysis/engine';
import type { Chain } from '../model/chain';
import { ms } from '../model/duration';
import { describeMargin, describeSettingValue, findExplicitLocation } from './check-result';
import { buildCheckJson, formatCheckJson } from './json';
import { formatCheckMarkdown } from './markdown';

/** ALB 60 s idle in front of Node's keepAliveTimeout 5 s from app.js:12 (+1 s buffer = 6 s): a risk. */
const chain: Chain = {
  nodes: [
    { id: 'alb', tech: 'aws-alb', label: 'edge | public', settings: {} },
    {
      id: 'api',
      tech: 'node-http-server',
      settings: {
        'server.keepAliveTimeout': {
          value: 5000,
          origin: {
            kind: 'explicit',
            file: 'app.js',
            line: 12,
            column: 3,
            setting: 'keepAliveTimeout',
          },
        },
      },
    },
  ],
  links: [{ rttMs: ms(1) }],
};
const result = {
  chain,
  report: analyzeChain(chain),
  notes: ['a note'],
  diagnostics: [],
  failOn: 'risk' as const,
};

describe('check-result helpers', () => {
  it('signs margins and describes values by the catalog kind', () => {
    expect(describeMargin(-55_000)).toBe('−55 s');
    expect(describeMargin(10_000)).toBe('+10 s');
    expect(describeMargin(null)).toBe('n/a');
    expect(describeSettingValue('node-http-server', 'server.keepAliveTimeout', 65_000)).toBe(
      '65 s',
    );
    expect(describeSettingValue('node-http-server', 'server.maxRequestsPerSocket', 1000)).toBe(
      '1000',
    );
  });

  it('finds the file position behind a fallback', () => {
    const via = { kind: 'explicit' as const, file: 'a.go', line: 4, setting: 'ReadTimeout' };
    expect(findExplicitLocation({ kind: 'fallback', from: 'ReadTimeout', via })).toBe(via);
    expect(
      findExplicitLocation({
        kind: 'fallback',
        from: 'IdleTimeout',
        via: { kind: 'fallback', from: 'ReadTimeout', via },
      }),
    ).toBe(via);
    expect(findExplicitLocation({ kind: 'edit' })).toBeUndefined();
  });
});

describe('buildCheckJson', () => {
  const json = buildCheckJson(result);

  it('names the tool with the package version and keeps the verdict', () => {
    expect(json.tool).toEqual({ name: 'timeout-chain', version: packageJson.version });
    expect(json.verdict).toBe('risk');
    expect(json.failOn).toBe('risk');
  });

  it('gives each hop side its origin kind and, when written in a file, file and line', () => {
    const hop = json.hops[0];
    expect(hop?.verdict).toBe('risk');
    expect(hop?.client).toMatchObject({ node: 'alb', idleMs: 60_000, origin: 'default' });
    expect(hop?.client).not.toHaveProperty('file');
    expect(hop?.server).toMatchObject({
      node: 'api',
      idleMs: 6000,
      origin: 'explicit',
      originDetail: 'app.js:12',
      file: 'app.js',
      line: 12,
    });
    expect(json.fixPlan.changes[0]).toMatchObject({ node: 'api' });
  });

  it('formats as indented JSON with a final newline', () => {
    const text = formatCheckJson(result);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(json);
  });
});

describe('formatCheckMarkdown', () => {
  const md = formatCheckMarkdown(result);

  it('escapes table cells and shows the verdict badge', () => {
    expect(md).toContain('**Verdict: 🔴 risk** — 1 of 1 hop at warn or risk.');
    expect(md).toContain('edge \\| public');
    const row = md.split('\n').find((l) => l.startsWith('| 1 |'));
    expect(row).toContain('app.js:12');
    expect(row?.endsWith('| 🔴 risk |')).toBe(true);
  });

  it('lists the fix with its snippet and the notes', () => {
    expect(md).toMatch(
      /## Fix plan\n\n1\. \*\*Node\.js http server\*\* \(`node-http-server`\): set `server\.keepAliveTimeout`/,
    );
    expect(md).toContain('## Notes\n\n- a note');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });
});

describe('formatCheckMarkdown: the review pack', () => {
  const md = formatCheckMarkdown(result);

  it('numbers hops from 1 everywhere and names nodes by label, with their versions', () => {
    expect(md).toContain('### Hop 1: ');
    expect(md).not.toMatch(/Hop 0|hop 0/);
    expect(md).toMatch(/After the fix: hop 1 🟢 ok/);
    expect(md).toMatch(
      /Chain \(client end first\): edge \\\| public \(`aws-alb@[\w.-]+`\) → Node\.js http server \(`node-http-server@[\w.-]+`\)/,
    );
  });

  it('fills the checklist from the chain: the order fails on hop 1 with both numbers', () => {
    expect(md).toContain('## Checklist');
    expect(md).toContain('- **✗** Client \\< proxy \\< server on every hop');
    expect(md).toContain(
      '  - hop 1: edge \\| public keeps 60 s, Node.js http server closes after 6 s',
    );
    expect(md).toMatch(
      /- \*\*✓\*\* Node\.js http server \(server side of hop 1\): server\.keepAliveTimeout configured/,
    );
    expect(md).toContain(
      '- **✗** edge \\| public (client side of hop 1): idle\\_timeout.timeout\\_seconds configured\n  - not set: relies on the default 60 s',
    );
  });

  it('lists the alert rules, the retry advice and where each value lives', () => {
    expect(md).toContain(
      '- `KeepAliveRaceHop1AwsAlbElb502` (hop 1): `sum(aws_applicationelb_httpcode_elb_502_count_sum)',
    );
    expect(md).toMatch(/### edge \\\| public \(`aws-alb`\) — does not retry/);
    expect(md).toContain('describe-load-balancer-attributes --load-balancer-arn <alb-arn>');
    expect(md).toContain('## Reset-rate estimate');
  });
});
