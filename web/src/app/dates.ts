import type { Language } from '#shared/schemas/common.ts';
import { bakuClock } from './baku-time.ts';

/*
 * Dates in the reader's language, by hand: `Intl`'s first date format
 * costs a page ≈ 35 ms of a phone's main thread, and Chromium builds with a reduced ICU carry no
 * Azerbaijani names at all (they print "2026 M11 25"). ARCHITECTURE.md, "Pages".
 */

export interface DateTimeStyle {
  /** Adds the time of day (24-hour). */
  time?: boolean;
  /** Adds the day of the week. */
  weekday?: boolean;
}

export const monthNames: Record<Language, readonly string[]> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** From Sunday, as `Date.getUTCDay()` counts. */
export const dayNames: Record<Language, readonly string[]> = {
  az: ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * An instant as the group lives it, in Baku time: "28 may 2015, cümə axşamı, 10:00" /
 * "Thursday, 28 May 2015, 10:00".
 */
export function formatDateTime(lang: Language, iso: string, style: DateTimeStyle = {}): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const clock = bakuClock(iso);
  const date = `${clock.day} ${monthNames[lang][clock.month - 1]} ${clock.year}`;
  const weekday = dayNames[lang][clock.weekday];
  let text = !style.weekday ? date : lang === 'az' ? `${date}, ${weekday}` : `${weekday}, ${date}`;
  if (style.time) text += `, ${clock.time}`;
  return text;
}
