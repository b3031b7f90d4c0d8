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
  'actions.counting': 'Counting the active members…',
  'actions.scheduleQuestion.one':
    '{count} member will be invited: every active member gets an invitation with a calendar file. Schedule the session?',
  'actions.scheduleQuestion.other':
    '{count} members will be invited: every active member gets an invitation with a calendar file. Schedule the session?',
  'actions.scheduleQuestionUncounted':
    'Every active member will be invited (their number could not be found just now). Schedule the session?',
  'actions.scheduleConfirm': 'Yes, schedule and invite',
  'actions.heldQuestion':
    'Mark the session as held? Do this only once it has taken place: its outcomes can then be prepared and published.',
  'actions.heldConfirm': 'Yes, it was held',
  'actions.reopen': 'Reopen the session',
  'actions.reopenHint':
    'Marked held by mistake? Until its outcomes are published, the session can go back to “Scheduled”.',
  'actions.reopenQuestion':
    'Reopen the session? It goes back to “Scheduled”; nobody is emailed. The change is recorded in the audit log.',
  'actions.reopenConfirm': 'Yes, reopen it',
  'actions.keep': 'No, go back',
  'actions.scheduleInThePast':
    'The session’s start has already passed, so it cannot be scheduled. Edit the session and move its start into the future first.',
  'actions.heldBeforeStart': 'The session has not started yet: it can be marked held once its start time has passed.',
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
