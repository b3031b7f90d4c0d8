import type { Language } from '#shared/schemas/common.ts';
import { azMonths, azWeekdays, cachedFormat, locales, nativeAzerbaijaniDates } from './dates.ts';

/** Names for a month view; apart from `dates.ts` so that only the page with the month view loads them. */
/** "dekabr 2026" / "December 2026": the caption of a month, `month` being `YYYY-MM`. */
export function formatMonth(lang: Language, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  if (lang === 'az' && !nativeAzerbaijaniDates) return `${azMonths[number - 1] ?? ''} ${year}`;
  return cachedFormat(locales[lang], { month: 'long', year: 'numeric' }).format(Date.UTC(year, number - 1, 15, 8));
}

const azWeekdaysShort = ['B.', 'B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.'];

/** The days of the week from Monday, as `[short, long]` names. */
export function weekdayNames(lang: Language): Array<[string, string]> {
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = Date.UTC(2026, 0, 5 + index, 8);
    if (lang === 'az' && !nativeAzerbaijaniDates) {
      const sundayFirst = (index + 1) % 7;
      return [azWeekdaysShort[sundayFirst] ?? '', azWeekdays[sundayFirst] ?? ''];
    }
    return [
      cachedFormat(locales[lang], { weekday: 'short' }).format(day),
      cachedFormat(locales[lang], { weekday: 'long' }).format(day),
    ];
  });
}
