import type { SessionRecordsMessages } from './az-session-records.ts';

/**
 * English messages of the secretariat's session records: the mail sent about a session, who a
 * change will be told to (the edit form), and the links to the sign-in sheet (whose own messages are
 * `en-sign-in-sheet.ts`).
 */
export const enSessionRecords = {
  'mail.heading': 'Mail sent',
  'mail.none': 'No mail has been sent about this session yet.',
  'mail.loading': 'Loading the mail sent…',
  'mail.caption': 'Each message about the session: recipients, sent, failed and bounced',
  'mail.kind': 'Message',
  'mail.state': 'State',
  'mail.recipients': 'Recipients',
  'mail.sent': 'Sent',
  'mail.failed': 'Failed',
  'mail.bounced': 'Bounced',
  'mail.notSent': 'Not sent',
  'mail.pending': 'Waiting',
  'mail.who': '{kind}: who it went to ({count})',
  'mail.name': 'Name',
  'mail.status': 'Status',
  'mail.kind.invitation': 'Invitation',
  'mail.kind.changed': 'Notice of change',
  'mail.kind.cancelled': 'Notice of cancellation',
  'mail.kind.reminder': 'Reminder',
  'mail.kind.follower-news': 'News for followers',
  'mail.kind.round-request': 'Monitoring request',
  'mail.kind.round-reminder': 'Monitoring reminder',
  'mail.kind.round-results': 'Monitoring results',
  'mail.state.queued': 'Queued',
  'mail.state.sending': 'Sending',
  'mail.state.done': 'Done',
  'mail.delivery.pending': 'waiting',
  'mail.delivery.sending': 'sending',
  'mail.delivery.sent': 'sent',
  'mail.delivery.failed': 'failed',
  'mail.delivery.bounced': 'bounced',
  'mail.delivery.suppressed': 'not sent (mail bouncing)',
  'mail.delivery.unknown': 'unknown (the send was interrupted)',
  'notice.loading': 'Counting who will be told…',
  'notice.count.one':
    'A change of time or place will be told to {count} person: everyone invited and everyone who answered, except those who declined.',
  'notice.count.other':
    'A change of time or place will be told to {count} people: everyone invited and everyone who answered, except those who declined.',
  'notice.who': 'Who will be told',
  'notice.failed': 'Who will be told could not be found just now; the change will still be told to all of them.',
  'sheet.link': 'Print the sign-in sheet',
  'sheet.csv': 'Download the answers as CSV',
} satisfies SessionRecordsMessages;
