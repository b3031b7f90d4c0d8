import { isReturnPath } from '#shared/return-path.ts';
import { locationStore } from './router.ts';

/**
 * The sign-in page's address that brings the visitor back here afterwards (`?next=`, checked to
 * be a path of the portal by the page, the API and the link it emails: `shared/return-path.ts`).
 */
export function signInHref(here: string = currentPath()): string {
  if (here === '/' || here.startsWith('/sign-in') || !isReturnPath(here)) return '/sign-in';
  return `/sign-in?next=${encodeURIComponent(here)}`;
}

function currentPath(): string {
  const { pathname, search } = locationStore.get();
  const query = new URLSearchParams(search);
  query.delete('welcome');
  const rest = query.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}
