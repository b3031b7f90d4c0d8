import { noticePreviewSchema, sessionMessagesSchema } from '#shared/schemas/message.ts';
import { signInSheetSchema } from '#shared/schemas/sign-in-sheet.ts';
import { requestJson } from '../app/api.ts';

/** The secretariat's records of a session: the mail sent, who a change will be told to, the sign-in sheet. */
const path = (id: string, rest: string) => `/api/sessions/${encodeURIComponent(id)}${rest}`;

export const sessionRecordsApi = {
  messages: (id: string) => requestJson(sessionMessagesSchema, path(id, '/messages')),
  noticePreview: (id: string) => requestJson(noticePreviewSchema, path(id, '/notice-preview')),
  signInSheet: (id: string) => requestJson(signInSheetSchema, path(id, '/sign-in-sheet')),
};

export const registrantsCsvLink = (id: string) => path(id, '/registrants.csv');
