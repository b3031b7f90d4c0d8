import type { SessionDetailMessages } from './az-session-detail.ts';

/** English messages of the session page: a member’s answer and accessibility needs. */
export const enSessionDetail = {
  'rsvp.signIn': 'If you are a member of the group, sign in to say whether you will attend',
  'rsvp.heading': 'Your attendance',
  'rsvp.current': 'Your answer:',
  'rsvp.none': 'you have not answered yet',
  'rsvp.question': 'Will you attend the session?',
  'rsvp.answer.yes': 'Yes',
  'rsvp.answer.maybe': 'Maybe',
  'rsvp.answer.no': 'No',
  'rsvp.chooseAnswer': 'Choose one of the answers.',
  'rsvp.needs': 'Accessibility needs',
  'rsvp.needsHint': 'The secretariat arranges interpretation, access and materials from what you tell here.',
  'rsvp.submit': 'Send my answer',
  'rsvp.saved': 'Your answer has been recorded: {answer}.',
  'rsvp.full': 'The session is full. You can still answer “Maybe” or “No”.',
  'rsvp.closed': 'Answers are no longer taken for this session.',
  'needs.signLanguage': 'Sign-language interpretation',
  'needs.stepFreeAccess': 'Step-free access',
  'needs.captioning': 'Live captioning',
  'needs.accessibleFormats': 'Materials in accessible formats',
  'needs.other': 'Other needs',
} satisfies SessionDetailMessages;
