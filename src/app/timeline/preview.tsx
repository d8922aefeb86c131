/**
 * Development preview of the race timeline (timeline-preview.html), for screenshots and the
 * frame-rate bench. Query: `chain=alb|bench`, `hop`, `scenario`, `t` (ms), `play=1`,
 * `theme=light|dark`, `reduced=1`, `width`.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LONG_CHAIN, type NodeSpec } from '../../core/analysis/test-chain';
import { ChainOverview, HopTimeline, readHopExtras, type ScenarioKind } from './index';
import { analyzeWithFix } from './fixtures';

const CHAINS: Record<string, readonly NodeSpec[]> = {
  alb: ['go-transport', 'aws-alb', 'node-http-server'],
  bench: LONG_CHAIN,
};

const q = new URLSearchParams(location.search);
const chainId = q.get('chain') ?? 'alb';
const { before, after } = analyzeWithFix(CHAINS[chainId] ?? CHAINS['alb'] ?? []);
const theme = q.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset['theme'] = theme;
// The ALB → Node hop (the classic 502) when the chain has one, else the first risky hop.
const albNode = before.hops.findIndex((h) => h.client.tech === 'aws-alb' && h.verdict === 'risk');
const firstRisky =
  albNode >= 0
    ? albNode
    : Math.max(
        0,
        before.hops.findIndex((h) => h.verdict === 'risk'),
      );

function Preview() {
  const [hop, setHop] = useState(Number(q.get('hop') ?? firstRisky));
  const report = before.hops[hop];
  const reduced = q.get('reduced');
  return (
    <main className="preview">
      <ChainOverview report={before} onSelectHop={setHop} selectedHop={hop} />
      {report && (
        <HopTimeline
          key={hop}
          hop={report}
          fixedHop={after.hops[hop]}
          extras={readHopExtras(before, hop)}
          fixedExtras={readHopExtras(after, hop)}
          initialScenario={(q.get('scenario') as ScenarioKind | null) ?? undefined}
          initialTimeMs={q.has('t') ? Number(q.get('t')) : undefined}
          autoPlay={q.get('play') === '1'}
          reducedMotion={reduced === null ? undefined : reduced === '1'}
          width={q.has('width') ? Number(q.get('width')) : undefined}
        />
      )}
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `body{margin:0;padding:16px;font-family:system-ui,sans-serif}
[data-theme=dark] body{background:#0d1016;color:#e6e9ef}
@media (prefers-color-scheme: dark){:root:not([data-theme=light]) body{background:#0d1016;color:#e6e9ef}}
.preview{max-width:800px;display:grid;gap:16px}`;
document.head.append(style);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
