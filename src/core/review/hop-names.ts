import { describeSideName } from '../report/check-result';
import type { HopReport } from '../analysis/types';

/** A hop as people number it (from 1, as the app does): `hop 2`. */
export const describeHopNumber = (h: HopReport): string => `hop ${h.index + 1}`;

/** `hop 2 (nginx → Node app)`. */
export const describeHop = (h: HopReport): string =>
  `${describeHopNumber(h)} (${describeSideName(h.client)} → ${describeSideName(h.server)})`;
