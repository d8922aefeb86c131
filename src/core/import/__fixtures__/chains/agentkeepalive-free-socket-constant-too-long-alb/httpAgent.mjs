import Agent, { HttpsAgent } from 'agentkeepalive';

const FOUR_MINUTES = 4 * 60 * 1000;

/** Shared agents for every outbound call of the worker. */
export const httpAgent = new Agent({
  maxSockets: 200,
  freeSocketTimeout: FOUR_MINUTES,
  timeout: FOUR_MINUTES * 2,
});

export default httpAgent;
