/** The subset of the Web Storage API we use (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_KEYS = {
  chain: 'timeout-chain:chain',
  previous: 'timeout-chain:previous',
  theme: 'timeout-chain:theme',
  /** The config files imported into the chain (for re-parsing and opt-in sharing). */
  sources: 'timeout-chain:sources',
} as const;
