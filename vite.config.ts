import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { offlineServiceWorker } from './src/app/offline/precache-plugin.ts';

/**
 * The dev server injects an inline React Refresh preamble and talks to its HMR socket, both of
 * which the strict Content-Security-Policy in index.html forbids. The policy therefore applies to
 * the built app (what users get) and is removed only while serving for development.
 */
function devWithoutCsp(): Plugin {
  return {
    name: 'timeout-chain:dev-without-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

export default defineConfig({
  // Relative asset URLs: the static build works from any sub-path (GitHub Pages, a file share).
  base: './',
  plugins: [react(), devWithoutCsp(), offlineServiceWorker()],
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    target: 'es2022',
    // The built app must not inline scripts (CSP script-src 'self').
    assetsInlineLimit: 0,
  },
});
