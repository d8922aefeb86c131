import { describe, expect, it } from 'vitest';
import { createFakeIo } from './fake-io';
import { run } from './main';

async function html(args: string[], files: Record<string, string> = {}) {
  const io = createFakeIo(files);
  const code = await run(['check', '--format', 'html', ...args], io);
  return { code, out: io.out };
}

const HOSTILE = `version: 1
nodes:
  - tech: aws-alb
    label: "<script>alert(1)</script>"
  - tech: node-http-server
    label: "x\\" onload=\\"alert(2)"
`;

describe('check --format html', () => {
  it('writes one self-contained page: no script, no external resource, the share link to the app', async () => {
    const { code, out } = await html(['tech:aws-alb', 'tech:nginx', 'tech:node-http-server']);
    expect(code).toBe(1);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).not.toMatch(/<script|<link|<img|<iframe|\ssrc=/i);
    const hrefs = [...out.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(1);
    expect(hrefs[0]).toMatch(/^http:\/\/localhost:4173\/#/);
    expect(out).toContain('@media print');
  });

  it('draws the risky hop (hop 2) before and after the fix as inline SVG, hops numbered from 1', async () => {
    const { out } = await html(['tech:aws-alb', 'tech:nginx', 'tech:node-http-server']);
    expect(out.match(/<svg /g)).toHaveLength(2);
    expect(out).toContain('Now: hop 2, risk');
    expect(out).toContain('After the fix plan: hop 2, ok');
    expect(out).toContain('race window 5.999 s – 6.015 s');
    expect(out).toContain('<h3>Hop 1: ');
    expect(out).not.toMatch(/Hop 0|hop 0/);
  });

  it('holds the review pack: checklist, alert rules, retry advice, where each value lives, versions', async () => {
    const { out } = await html(['tech:aws-alb', 'tech:nginx', 'tech:node-http-server']);
    for (const title of [
      'Reset-rate estimate',
      'Checklist',
      'Alert rules',
      'Retry advice',
      'Where each value lives',
      'Versions',
    ])
      expect(out).toContain(`<h2>${title}</h2>`);
    expect(out).toContain('KeepAliveRaceHop1AwsAlbElb502');
    expect(out).toMatch(/nginx <code>nginx@[\d.]+<\/code>/);
  });

  it('shows labels as text, never as markup', async () => {
    const { out } = await html(['edge.chain.yaml'], { 'edge.chain.yaml': HOSTILE });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(out).not.toMatch(/" onload="/);
  });
});
