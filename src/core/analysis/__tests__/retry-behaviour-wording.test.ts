import { describe, expect, it } from 'vitest';
import { TECHS } from '../../catalog/registry';
import { analyzeChain } from '../engine';
import { chainOf } from '../test-chain';

// Every technology with a client side, in front of a Node server that closes after 6 s: the hop
// races, so the retry-behaviour finding is there to read.
const clients = TECHS.filter((t) => ['client', 'both', 'tied'].includes(t.sides)).map((t) => t.id);

describe('retry-behaviour finding reads as sentences', () => {
  it.each(clients)('%s: the catalog summary is not left as a sentence without subject', (tech) => {
    const report = analyzeChain(chainOf([tech, 'node-http-server']));
    const finding = report.hops[0]?.findings.find((f) => f.rule === 'retry-behaviour');
    const summary = report.nodes[0]?.client?.retry.summary;
    if (!finding || !summary) return;
    // The old text glued "…those become 502s." to "retries the next upstream…".
    expect(finding.message).not.toContain(`. ${summary}`);
    expect(finding.message).toContain(`: ${summary.replace(/\.$/, '')}.`);
  });
});
