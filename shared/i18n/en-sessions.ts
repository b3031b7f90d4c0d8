import type { SessionsMessages } from './az-sessions.ts';

/** English messages the sessions pages share (the list, the session page, the sign-in sheet, the home page's sessions). */
export const enSessions = {
  'sessions.bakuTime': 'Baku time',
  'sessionStatus.draft': 'Draft',
  'sessionStatus.scheduled': 'Scheduled',
  'sessionStatus.held': 'Held',
  'sessionStatus.published': 'Outcomes published',
  'sessionStatus.cancelled': 'Cancelled',
  'session.heading': 'Session',
  'session.notFound':
    'No such session was found: it does not exist or is not visible to you. Sign in to see sessions for members only.',
  'session.backToList': 'Go back to the list of sessions',
  'session.theme': 'Theme',
  'session.membersOnly': 'Members only',
  'session.when': 'When',
  'session.where': 'Where',
  'session.map': 'Show on a map',
  'session.online': 'Join online',
  'session.placeTbc': 'The place is still to be announced',
  'session.seats': 'Seats',
  'session.seatsTaken': '{taken} of {capacity} seats taken',
  'session.seatsOpen': '{taken} people have said they will attend (no seat limit)',
  'session.addToCalendar': 'Add to calendar (.ics)',
  'session.summary': 'About the session',
  'session.agenda': 'Agenda',
  'session.agendaEmpty': 'The agenda is still being prepared.',
  'session.speakers': 'Speakers',
} satisfies SessionsMessages;
