/**
 * Development preview of the reset-rate panel (reset-rate-preview.html), for screenshots and
 * the e2e spec. ALB → Node at defaults, 0.2 req/s. Query: `chain=alb|go`, `rps`, `share` (0..1),
 * `theme=light|dark`, `width` (px of the page column).
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { analyzeChain, applyFixPlan } from '../../core/analysis/engine';
import { chainOf, type NodeSpec } from '../../core/analysis/test-chain';
import type { Traffic } from '../../core/model/chain';
import { ResetRatePanel } from './index';

const CHAINS: Record<string, readonly NodeSpec[]> = {
  alb: ['aws-alb', 'node-http-server'],
  go: ['go-transport', 'aws-alb', 'nginx', 'node-http-server'],
};

const q = new URLSearchParams(location.search);
const chain = chainOf(CHAINS[q.get('chain') ?? 'alb'] ?? CHAINS['alb'] ?? []);
const report = analyzeChain(chain);
const fixedReport = analyzeChain(applyFixPlan(chain, report.fixPlan));
const theme = q.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset['theme'] = theme;

function Preview() {
  const [traffic, setTraffic] = useState<Traffic>({
    rps: Number(q.get('rps') ?? 0.2),
    nonIdempotentShare: Number(q.get('share') ?? 0),
  });
  return (
    <main className="preview">
      <ResetRatePanel
        report={report}
        fixedReport={fixedReport}
        chain={chain}
        traffic={traffic}
        onTrafficChange={setTraffic}
      />
    </main>
  );
}

const style = document.createElement('style');
style.textContent = `body{margin:0;padding:16px;font-family:system-ui,sans-serif;background:#f4f6f9}
[data-theme=dark] body{background:#12151a;color:#e8ebf0}
@media (prefers-color-scheme: dark){:root:not([data-theme=light]) body{background:#12151a;color:#e8ebf0}}
.preview{max-width:${Number(q.get('width') ?? 900)}px}`;
document.head.append(style);

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Preview />
    </StrictMode>,
  );
