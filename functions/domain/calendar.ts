import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { sessionTimeZone } from '#shared/constants.ts';
import type { Session } from '#shared/schemas/session.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { bakuWallClock } from './baku-time.ts';

/** Azerbaijan has kept UTC+4 all year since 2016; calendars get the zone spelled out. */
const bakuTimeZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Baku',
  'X-LIC-LOCATION:Asia/Baku',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0400',
  'TZOFFSETTO:+0400',
  'TZNAME:+04',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * ical-generator writes a native Date's UTC fields after `TZID=…` without converting them
 * (conversion needs a date library), so it is handed the Baku wall-clock time as those fields.
 */
function inBaku(instant: string): Date {
  const parts = bakuWallClock(instant);
  const field = (name: string) => Number(parts[name]);
  return new Date(
    Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')),
  );
}

export const sessionUid = (session: Pick<Session, 'id'>) => `session-${session.id}@bhr-portal`;

export interface CalendarOptions {
  name: string;
  portalOrigin: string;
  themes: Map<string, Theme>;
  /** REQUEST for an invitation, CANCEL for a cancellation notice; none for feeds. */
  method?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

/** Sessions as iCalendar: stable UIDs, SEQUENCE bumped on change, cancelled ones marked so. */
export function sessionsCalendar(sessions: Session[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Ombudsman of the Republic of Azerbaijan', product: 'BHR working group portal', language: 'AZ' },
    ...(options.method ? { method: ICalCalendarMethod[options.method] } : {}),
  });
  calendar.timezone({ name: sessionTimeZone, generator: () => bakuTimeZone });
  for (const session of sessions) {
    const theme = options.themes.get(session.theme);
    const url = `${options.portalOrigin}/sessions/${session.id}`;
    const location = [session.venue, session.onlineUrl].filter(Boolean).join(' · ');
    calendar.createEvent({
      id: sessionUid(session),
      sequence: session.sequence,
      start: inBaku(session.startsAt),
      end: inBaku(session.endsAt),
      timezone: sessionTimeZone,
      stamp: new Date(session.updatedAt),
      summary: `${session.title.az} / ${session.title.en}`,
      description: [theme ? `${theme.name.az} / ${theme.name.en}` : '', session.summary.az, session.summary.en, url]
        .filter(Boolean)
        .join('\n\n'),
      location: location || null,
      url,
      status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
