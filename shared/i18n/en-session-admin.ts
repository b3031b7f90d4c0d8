import type { SessionAdminMessages } from './az-session-admin.ts';

/** English messages of the secretariat’s part of the session page: actions, answers and attendance. */
export const enSessionAdmin = {
  'actions.heading': 'Manage the session',
  'actions.edit': 'Edit the session',
  'actions.schedule': 'Schedule and send invitations',
  'actions.scheduleHint': 'Scheduling emails every active member an invitation with a calendar file.',
  'actions.markHeld': 'Mark as held',
  'actions.cancel': 'Cancel the session',
  'actions.cancelQuestion':
    'Cancel the session? Members who answered “Yes” or “Maybe” will be told by email. This cannot be undone.',
  'actions.cancelConfirm': 'Yes, cancel the session',
  'actions.cancelKeep': 'No, keep it',
  'actions.done': 'The session’s status has changed: {status}.',
  'actions.notAllowed': 'This step is not possible in the session’s current status. Reload the page.',
  'answers.heading': 'Answers',
  'answers.needsCaption': 'Accessibility needs (of those who answered “Yes” or “Maybe”)',
  'answers.need': 'Need',
  'answers.people': 'People',
  'answers.listCaption': 'Members’ answers',
  'answers.answer': 'Answer',
  'answers.needs': 'Needs',
  'answers.attended': 'Attended',
  'answers.none': 'Nobody has answered yet.',
  'attendance.heading': 'Attendance',
  'attendance.legend': 'Tick those who attended the session',
  'attendance.nobody': 'The list is empty; add the participants with the search below.',
  'attendance.add': 'Add a participant who did not answer',
  'attendance.addSearch': 'Find a participant who did not answer (name or organisation)',
  'attendance.added': '{name} has been added to the list.',
  'attendance.save': 'Save attendance',
  'attendance.saved': 'Attendance has been recorded.',
} satisfies SessionAdminMessages;
