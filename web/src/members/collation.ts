import { azSortKey } from '#shared/text/collation.ts';

const collator = new Intl.Collator('az');

/**
 * Whether the browser really knows Azerbaijani order (ç after c, ə after e, x after h, q after k…);
 * Chromium builds with a reduced ICU fall back to the root order, so the shared sort key steps in.
 */
const nativeAzerbaijaniOrder = collator.resolvedOptions().locale.startsWith('az');

export function compareAzerbaijani(a: string, b: string): number {
  if (nativeAzerbaijaniOrder) return collator.compare(a, b);
  const [keyA, keyB] = [azSortKey(a), azSortKey(b)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareAzerbaijani(a.name, b.name));
}
