import { createStore } from './store.ts';

export interface PortalLocation {
  pathname: string;
  search: string;
  /** What the page that navigated here handed over (e.g. the address a sign-in link went to). */
  state: unknown;
}

function readLocation(): PortalLocation {
  const pathname = window.location.pathname.replace(/(.)\/+$/, '$1');
  return { pathname, search: window.location.search, state: window.history.state };
}

export const locationStore = createStore<PortalLocation>(readLocation());

let headingFocusPending = false;

/**
 * Whether the page heading should take focus as it appears: after a navigation inside the app,
 * so that screen-reader and keyboard users start on the new page; never on the first load.
 */
export function takeHeadingFocus(): boolean {
  const pending = headingFocusPending;
  headingFocusPending = false;
  return pending;
}

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  const url = new URL(to, window.location.href);
  const state = options.state ?? null;
  if (options.replace) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  const previous = locationStore.get();
  headingFocusPending = previous.pathname !== url.pathname.replace(/(.)\/+$/, '$1');
  if (!options.replace) window.scrollTo(0, 0);
  locationStore.set(readLocation());
}

/** Plain `<a href>` links stay real links; clicks on those that lead to a page of the app route here. */
function followLinksInApp(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) return;
  const url = new URL(anchor.href, window.location.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/') || url.pathname === '/api') return;
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return;
  const here = window.location;
  if (url.hash && url.pathname === here.pathname && url.search === here.search) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

export function startRouter(): void {
  document.addEventListener('click', followLinksInApp);
  window.addEventListener('popstate', () => {
    const next = readLocation();
    headingFocusPending = next.pathname !== locationStore.get().pathname;
    locationStore.set(next);
  });
}
