import { useEffect } from 'react';
import { useApp } from './store/useApp';

/** Puts the chosen theme on <html>; `system` leaves it to prefers-color-scheme. */
export function useThemeEffect(): void {
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
  }, [theme]);
}
