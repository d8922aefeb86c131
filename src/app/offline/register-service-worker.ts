function register(): void {
  navigator.serviceWorker.register(new URL('sw.js', document.baseURI)).catch(() => {
    // Offline use is a bonus: a browser that refuses it changes nothing else.
  });
}

/**
 * Registers the offline service worker (dist/sw.js) in the built app, once the page has loaded
 * so its downloads never compete with the first screen. Not in development (the Vite dev server
 * has no sw.js), nor where the browser has no service workers or forbids them (file:, private
 * modes): the app then simply needs the network, as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
