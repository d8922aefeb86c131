import { bothUnlimited } from './both-unlimited';
import { clientWithoutIdleLimit } from './client-without-idle-limit';
import { hintEffect } from './hint-effect';
import { middleboxShorter } from './middlebox-shorter';
import { missingSide } from './missing-side';
import { poolDisabled } from './pool-disabled';
import { requestCaps } from './request-caps';
import { retryBehaviour } from './retry-behaviour';
import type { Rule } from './rule';
import { serverClosesFirst } from './server-closes-first';
import { techNotes } from './tech-notes';
import { thinMargin } from './thin-margin';
import { unknownValue } from './unknown-value';

/** Rules in the order they run; a rule that returns `stop` ends the hop's evaluation. */
export const RULES: readonly Rule[] = [
  missingSide,
  poolDisabled,
  unknownValue,
  clientWithoutIdleLimit,
  serverClosesFirst,
  thinMargin,
  bothUnlimited,
  middleboxShorter,
  hintEffect,
  requestCaps,
  techNotes,
  retryBehaviour,
];

export type { Rule, RuleOutcome } from './rule';
