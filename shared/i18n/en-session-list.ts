import type { SessionListMessages } from './az-session-list.ts';

/** English messages of the sessions list and its month view. */
export const enSessionList = {
  'sessions.intro': 'The working group’s sessions: theme, time, place and agenda. All times are Baku time.',
  'sessions.new': 'New session',
  'sessions.subscribe': 'Subscribe to the calendar (iCal)',
  'sessions.subscribeHint':
    'Add this link to your calendar app (Outlook, Google, Apple) as a subscription and public sessions will appear there by themselves.',
  'sessions.views': 'How to show the sessions',
  'sessions.view.upcoming': 'Upcoming sessions',
  'sessions.view.past': 'Past sessions',
  'sessions.view.month': 'Month view',
  'sessions.filter': 'Choose a theme',
  'sessions.allThemes': 'All themes',
  'sessions.filterSubmit': 'Show',
  'sessions.count.one': 'Showing {count} session.',
  'sessions.count.other': 'Showing {count} sessions.',
  'sessions.emptyUpcoming': 'No sessions are scheduled yet.',
  'sessions.emptyPast': 'No past sessions were found.',
  'sessions.loadMore': 'Show more',
  'sessions.previousMonth': 'Previous month',
  'sessions.nextMonth': 'Next month',
  'sessions.monthCaption': 'Sessions in {month}',
  'sessions.monthHint': 'Times are Baku time.',
  'sessions.monthEmpty': 'No sessions this month.',
} satisfies SessionListMessages;
