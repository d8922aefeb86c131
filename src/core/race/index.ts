/** The race model (design/race-model.md): window, closed-form reset rate, seeded simulator. */
export { computeRaceWindow, type RaceParams } from './window';
export {
  computeLossProbability,
  computeLossesPerDay,
  type HopRateParams,
  type ReactionDelayShape,
  type ServerCloseModel,
} from './probability';
export {
  computeLossShare,
  computeRetriedShare,
  computeUserVisibleProbability,
  NO_RETRY,
  type RetryPolicy,
} from './retry';
export { estimateHopLoss, type HopEstimate, type HopEstimateParams } from './estimate';
export { readHopRaceInput, type HopRaceInput, type HopTraffic } from './hop-params';
export {
  simulateHop,
  startSimulation,
  type SimulationOptions,
  type SimulationParams,
  type SimulationResult,
  type SimulationRun,
} from './simulate';
export { simulateHopInSteps, type SteppedOptions } from './stepped';
export type { ArrivalSpec } from './arrivals';
export { computeWilsonInterval, Z_95 } from './ci';
export { createRng, drawExponential, type Random } from './rng';
