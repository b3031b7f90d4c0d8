import type { SubmitEventHandler } from 'preact';
import { withQuery } from '../app/api.ts';
import { locationStore, navigate } from '../app/router.ts';
import { useStore } from '../app/store.ts';

/**
 * A catalog's address with its filters in the query, so a search can be linked and gone back to:
 * empty filters are left out, text is trimmed and a chosen checkbox is `1`.
 */
export function filtersAddress(path: string, filters: Record<string, string | boolean>): string {
  const query = Object.entries(filters).map(([name, value]) => [
    name,
    value === true ? '1' : value ? value.trim() : '',
  ]);
  return withQuery(path, Object.fromEntries(query));
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
