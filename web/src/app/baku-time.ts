/**
 * Sessions happen in Baku, and the pages show every instant in Baku time whatever the reader's
 * own zone. Baku has kept UTC+04:00 all year since 2016; from 1997 to 2015 it moved to +05:00
 * from the last Sunday of March to the last Sunday of October, at 00:00 UTC both ways (the time
 * zone database's rule "Azer"), which the 2015 archive needs. The rule is arithmetic rather than
 * `Intl.DateTimeFormat`, whose first use costs a page ≈ 35 ms of a phone's main thread
 * (ARCHITECTURE.md, "Pages"); `test/unit/baku-time.test.ts` holds it to the time zone database
 * hour by hour. Instants before 1997, which the portal never holds, are read at +04:00.
 */
const hourMs = 3600 * 1000;

/** 00:00 UTC on the last Sunday of a month (`month` from 0). */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

/** Baku's offset from UTC at an instant, in hours. */
export function bakuOffsetHours(epochMs: number): 4 | 5 {
  const year = new Date(epochMs).getUTCFullYear();
  if (year < 1997 || year > 2015) return 4;
  return epochMs >= lastSundayUtc(year, 2) && epochMs < lastSundayUtc(year, 9) ? 5 : 4;
}

export interface BakuClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
  /** 0 for Sunday to 6 for Saturday */
  weekday: number;
}

/** The Baku wall clock of an instant. */
export function bakuClock(iso: string): BakuClock {
  const epochMs = Date.parse(iso);
  const wall = new Date(epochMs + bakuOffsetHours(epochMs) * hourMs);
  const text = wall.toISOString();
  return {
    date: text.slice(0, 10),
    time: text.slice(11, 16),
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
  };
}

/** The Baku date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function bakuParts(iso: string): { date: string; time: string } {
  const { date, time } = bakuClock(iso);
  return { date, time };
}

/** A Baku date and time of day as an instant with the offset Baku had then. */
export function bakuInstant(date: string, time: string): string {
  const offset = bakuOffsetHours(Date.parse(`${date}T${time}:00+04:00`));
  return `${date}T${time}:00+0${offset}:00`;
}

export const bakuToday = () => bakuParts(new Date().toISOString()).date;
