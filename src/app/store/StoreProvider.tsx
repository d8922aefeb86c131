import { createContext, type ReactNode } from 'react';
import type { AppStore } from './create-store';

export const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext value={store}>{children}</StoreContext>;
}
