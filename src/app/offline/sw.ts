// The app's service worker (built to dist/sw.js by precache-plugin.ts): keeps every file of this
// build in Cache Storage at install, so the app loads and works with no network afterwards.
// It answers only GET requests for its own origin under its own scope; a request to any other
// origin is never touched (the app makes none), and nothing is cached at run time.
// Self-contained on purpose: it imports nothing, so no code is shared with the app's chunks.

interface ExtendableEventLike {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEventLike extends ExtendableEventLike {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScopeLike {
  location: Location;
  registration: { scope: string };
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEventLike) => void): void;
}

/** Replaced at build time by the JSON of `{ version, files }` (precache-plugin.ts). */
const MANIFEST = '__TIMEOUT_CHAIN_PRECACHE__';
const { version, files } = JSON.parse(MANIFEST) as { version: string; files: string[] };
const sw = globalThis as unknown as ServiceWorkerScopeLike;
const PREFIX = 'timeout-chain-';
const CACHE = `${PREFIX}${version}`;
const scope = new URL(sw.registration.scope);
const urlOf = (file: string) => new URL(file, scope).href;

sw.addEventListener('install', (e) => {
  // Every file or none: a failed download leaves the previous version in charge.
  e.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(files.map(urlOf))));
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      ),
  );
});

/** The cached file a same-scope GET stands for: a page of the app is its index.html. */
function cachedKey(request: Request, url: URL): string {
  if (
    request.mode === 'navigate' &&
    (url.pathname === scope.pathname || url.pathname.endsWith('/'))
  )
    return urlOf('index.html');
  url.search = '';
  url.hash = '';
  return url.href;
}

sw.addEventListener('fetch', (e) => {
  const request = e.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.href.startsWith(scope.href)) return;
  e.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(cachedKey(request, url)))
      .then((hit) => hit ?? fetch(request)),
  );
});
