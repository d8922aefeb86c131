import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LONG_CHAIN, type NodeSpec } from '../../core/analysis/test-chain';
import { analyzeWithFix } from './fixtures';
import { ChainOverview, HopTimeline, readHopExtras } from './index';

const CHAINS: Record<string, NodeSpec[]> = {
  'ten hops with an NLB': [...LONG_CHAIN],
  'no reuse (gunicorn sync)': ['nginx', 'gunicorn'],
  'unknown server': ['go-transport', 'no-such-server'],
};

describe('every hop of varied chains renders a scene or says why not', () => {
  for (const [name, specs] of Object.entries(CHAINS)) {
    it(name, () => {
      const { before, after } = analyzeWithFix(specs);
      const overview = renderToStaticMarkup(
        <ChainOverview report={before} onSelectHop={() => {}} selectedHop={0} width={760} />,
      );
      expect(overview.match(/class="tl-lane"/g)).toHaveLength(before.hops.length);
      expect(overview).toContain('aria-pressed="true"');
      for (const hop of before.hops) {
        const html = renderToStaticMarkup(
          <HopTimeline
            hop={hop}
            fixedHop={after.hops[hop.index]}
            extras={readHopExtras(before, hop.index)}
            fixedExtras={readHopExtras(after, hop.index)}
            width={760}
            reducedMotion
          />,
        );
        const drawn = html.includes('class="tl-scene"');
        expect(drawn || html.includes('class="tl-empty"')).toBe(true);
        if (hop.verdict === 'risk' && hop.reuse) expect(html).toContain('value="reset"');
        if (!hop.reuse || hop.verdict === 'unknown') expect(drawn).toBe(false);
        if (drawn) expect(html).toMatch(/<ol>(<li[^>]*data-event="[a-z-]+"[^]*?<\/li>)+<\/ol>/);
      }
    });
  }
});
