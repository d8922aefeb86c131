/** Reset-rate estimate (issue "Reset-rate estimate"): traffic, losses per hop, chart, simulation. */
// The panel's stylesheet comes with it (Vite emits it as a file: fine under the CSP).
// oxlint-disable-next-line import/no-unassigned-import
import './reset-rate.css';

export { ResetRatePanel, type ResetRatePanelProps } from './ResetRatePanel';
export { DEFAULT_TRAFFIC } from './traffic-input';
