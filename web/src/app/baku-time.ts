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
