import type { Language } from '#shared/schemas/common.ts';
import { dayNames, monthNames } from '../app/dates.ts';

/* The month view's calendar: apart from `dates.ts` and `baku-time.ts`, so that only its page loads it. */

/** `YYYY-MM`, `delta` months from `month`. */
export function addMonths(month: string, delta: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1 + delta, 1)).toISOString().slice(0, 7);
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(month: string): Array<Array<string | null>> {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const lead = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
  const length = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const cells = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length }, (_, day) => `${month}-${String(day + 1).padStart(2, '0')}`),
  ];
  const weeks: Array<Array<string | null>> = [];
  for (let start = 0; start < cells.length; start += 7) {
    const week = cells.slice(start, start + 7);
    weeks.push([...week, ...Array<null>(7 - week.length).fill(null)]);
  }
  return weeks;
}

/** "dekabr 2026" / "December 2026": the caption of a month, `month` being `YYYY-MM`. */
export function formatMonth(lang: Language, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${monthNames[lang][number - 1] ?? ''} ${year}`;
}

/** From Sunday, as `dayNames`. */
const shortDayNames: Record<Language, readonly string[]> = {
  az: ['B.', 'B.e.', 'Ç.a.', 'Ç.', 'C.a.', 'C.', 'Ş.'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** The days of the week from Monday, as `[short, long]` names. */
export function weekdayNames(lang: Language): Array<[string, string]> {
  return Array.from({ length: 7 }, (_, index) => {
    const sundayFirst = (index + 1) % 7;
    return [shortDayNames[lang][sundayFirst] ?? '', dayNames[lang][sundayFirst] ?? ''];
  });
}
