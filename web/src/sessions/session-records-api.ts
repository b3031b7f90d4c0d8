import type { noticePreviewSchema, sessionMessagesSchema } from '#shared/schemas/message.ts';
import type { signInSheetSchema } from '#shared/schemas/sign-in-sheet.ts';
import { type AnswerOf, requestJson } from '../app/api.ts';

/** The secretariat's records of a session: the mail sent, who a change will be told to, the sign-in sheet. */
const path = (id: string, rest: string) => `/api/sessions/${encodeURIComponent(id)}${rest}`;

export const sessionRecordsApi = {
  messages: (id: string) => requestJson<AnswerOf<typeof sessionMessagesSchema>>(path(id, '/messages')),
  noticePreview: (id: string) => requestJson<AnswerOf<typeof noticePreviewSchema>>(path(id, '/notice-preview')),
  signInSheet: (id: string) => requestJson<AnswerOf<typeof signInSheetSchema>>(path(id, '/sign-in-sheet')),
};

export const registrantsCsvLink = (id: string) => path(id, '/registrants.csv');
