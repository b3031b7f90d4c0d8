import type { SignInSheetMessages } from './az-sign-in-sheet.ts';

/** English messages of the printable sign-in sheet. */
export const enSignInSheet = {
  'sheet.title': 'Sign-in sheet',
  'sheet.print': 'Print',
  'sheet.back': 'Back to the session',
  'sheet.caption': 'Those who said they will come (“Yes” or “Maybe”) and confirmed guests',
  'sheet.number': 'No.',
  'sheet.name': 'Name',
  'sheet.organisation': 'Organisation',
  'sheet.answer': 'Answer',
  'sheet.needs': 'Accessibility needs',
  'sheet.signature': 'Signature',
  'sheet.guest': 'guest',
  'sheet.nobody': 'Nobody has said they will come yet.',
  'sheet.needsCaption': 'Accessibility needs, by kind',
  'sheet.need': 'Need',
  'sheet.people': 'People',
  'sheet.notFound': 'There is no such session.',
  'sheet.backToList': 'Back to the sessions',
} satisfies SignInSheetMessages;
