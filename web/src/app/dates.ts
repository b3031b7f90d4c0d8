import type { Language } from '#shared/schemas/common.ts';

export interface DateTimeStyle {
  /** Adds the time of day (24-hour). */
  time?: boolean;
  /** Adds the day of the week. */
  weekday?: boolean;
}

const timeZone = 'Asia/Baku';
export const locales: Record<Language, string> = { az: 'az-Latn-AZ', en: 'en-GB' };

export const azMonths = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avqust',
  'sentyabr',
  'oktyabr',
  'noyabr',
  'dekabr',
];
export const azWeekdays = ['bazar', 'bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə'];

/**
 * Some browsers list `az` as supported but carry no Azerbaijani date names (Chromium builds with
 * a reduced ICU print "2026 M11 25"); those get the names from here instead.
 */
export const nativeAzerbaijaniDates =
  new Intl.DateTimeFormat(locales.az, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 0, 15)) === 'yanvar';

const formats = new Map<string, Intl.DateTimeFormat>();

export function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

function azerbaijaniByHand(date: Date, style: DateTimeStyle): string {
  const parts = cachedFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekdayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  let text = `${Number(part('day'))} ${azMonths[Number(part('month')) - 1] ?? ''} ${part('year')}`;
  if (style.weekday) text += `, ${azWeekdays[weekdayIndex] ?? ''}`;
  if (style.time) text += `, ${part('hour')}:${part('minute')}`;
  return text;
}

/** An instant as the group lives it: in Baku time, whatever the reader's own time zone. */
export function formatDateTime(lang: Language, iso: string, style: DateTimeStyle = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'az' && !nativeAzerbaijaniDates) return azerbaijaniByHand(date, style);
  return cachedFormat(locales[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(style.weekday ? { weekday: 'long' } : {}),
    ...(style.time ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  }).format(date);
}
