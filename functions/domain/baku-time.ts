/**
 * Instants as the portal shows them: in Baku time, with its offset (`2027-03-10T10:00:00+04:00`),
 * for exports read by people and spreadsheets. The offset comes from the time-zone database,
 * since Baku kept summer time until 2016 (the 2015 archive is at +05:00 in summer).
 */
// Made on first use: building a formatter for a time zone loads its rules, about 20 ms of a cold
// start that most requests never need (ARCHITECTURE.md, "Decisions", lazy route groups).
let bakuParts: Intl.DateTimeFormat | undefined;
const bakuFormatter = () =>
  (bakuParts ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Baku',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }));

/** The Baku wall-clock fields of an instant (year … second) and its offset (`timeZoneName`). */
export function bakuWallClock(instant: string): Record<string, string> {
  return Object.fromEntries(
    bakuFormatter()
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value] as const),
  );
}

export function inBakuTime(instant: string): string;
export function inBakuTime(instant: string | null): string | null;
export function inBakuTime(instant: string | null): string | null {
  if (instant === null) return null;
  const parts = bakuWallClock(instant);
  const offset = parts.timeZoneName?.replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
