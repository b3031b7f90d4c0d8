import type { SubmitEventHandler } from 'preact';
import { locationStore, navigate } from '../app/router.ts';
import { useStore } from '../app/store.ts';

/**
 * A catalog's address with its filters in the query, so a search can be linked and gone back to:
 * empty filters are left out, text is trimmed and a chosen checkbox is `1`.
 */
export function filtersAddress(path: string, filters: Record<string, string | boolean>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === true) params.set(name, '1');
    else if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The query of the address shown now; a page reads its filters from it and renders again when it changes. */
export function useAddressQuery(): URLSearchParams {
  return new URLSearchParams(useStore(locationStore).search);
}

/** A filter form's submit: the chosen filters' address replaces the one shown (no history entry per try). */
export function goToFilters(address: string): SubmitEventHandler<HTMLFormElement> {
  return (event) => {
    event.preventDefault();
    navigate(address, { replace: true });
  };
}
