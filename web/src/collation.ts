/** Azerbaijani alphabetical order: ç after c, ə after e, ı before i, ğ, ö, ş, ü in their places. */
const azerbaijani = new Intl.Collator('az');

export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => azerbaijani.compare(a.name, b.name));
}
