/** Race timeline: the hop scene and the chain overview (issue "Race timeline"). */
// The components' stylesheet comes with them (Vite emits it as a file: fine under the CSP).
// oxlint-disable-next-line import/no-unassigned-import
import './timeline.css';

export { HopTimeline, type HopTimelineProps } from './HopTimeline';
export { ChainOverview, type ChainOverviewProps } from './ChainOverview';
export { readHopExtras, type HopExtras } from './hop-input';
export type { ScenarioKind } from './scenario-types';
