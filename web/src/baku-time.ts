/**
 * Sessions happen in Baku, which has kept UTC+04:00 all year since 2016: Baku wall-clock time
 * is the instant shifted by four hours, and what the secretariat enters is sent with +04:00.
 */
const offsetMs = 4 * 3600 * 1000;

/** The Baku date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant. */
export function bakuParts(iso: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(iso) + offsetMs).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** A Baku date and time of day as an instant with its offset. */
export const bakuInstant = (date: string, time: string) => `${date}T${time}:00+04:00`;

export const bakuToday = () => bakuParts(new Date().toISOString()).date;

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
