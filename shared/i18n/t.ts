import type { Language } from '../schemas/common.ts';
import { az } from './az.ts';
import { azAdminMembers } from './az-admin-members.ts';
import { azDocumentList } from './az-document-list.ts';
import { azDocumentPage } from './az-document-page.ts';
import { azDocuments } from './az-documents.ts';
import { azHome } from './az-home.ts';
import { azMemberPicker } from './az-member-picker.ts';
import { azOutcomeEditor } from './az-outcome-editor.ts';
import { azOutcomeWords } from './az-outcome-words.ts';
import { azOutcomes } from './az-outcomes.ts';
import { azRecommendations } from './az-recommendations.ts';
import { azSessionAdmin } from './az-session-admin.ts';
import { azSessionDetail } from './az-session-detail.ts';
import { azSessionEditor } from './az-session-editor.ts';
import { azSessionList } from './az-session-list.ts';
import { azSessionRecords } from './az-session-records.ts';
import { azSessions } from './az-sessions.ts';
import { azSignInSheet } from './az-sign-in-sheet.ts';
import { azWelcome } from './az-welcome.ts';
import { en } from './en.ts';
import { enAdminMembers } from './en-admin-members.ts';
import { enDocumentList } from './en-document-list.ts';
import { enDocumentPage } from './en-document-page.ts';
import { enDocuments } from './en-documents.ts';
import { enHome } from './en-home.ts';
import { enMemberPicker } from './en-member-picker.ts';
import { enOutcomeEditor } from './en-outcome-editor.ts';
import { enOutcomeWords } from './en-outcome-words.ts';
import { enOutcomes } from './en-outcomes.ts';
import { enRecommendations } from './en-recommendations.ts';
import { enSessionAdmin } from './en-session-admin.ts';
import { enSessionDetail } from './en-session-detail.ts';
import { enSessionEditor } from './en-session-editor.ts';
import { enSessionList } from './en-session-list.ts';
import { enSessionRecords } from './en-session-records.ts';
import { enSessions } from './en-sessions.ts';
import { enSignInSheet } from './en-sign-in-sheet.ts';
import { enWelcome } from './en-welcome.ts';
import {
  type MessageKey,
  type MessageParams,
  type Messages,
  type PluralBase,
  translate,
  translatePlural,
} from './format.ts';

export type { MessageKey, MessageParams, PluralBase } from './format.ts';

/** Both languages at hand: for the server (emails) and tests. The pages load one language at a time. */
export const messages: Record<Language, Messages> = {
  az: {
    ...az,
    ...azHome,
    ...azWelcome,
    ...azAdminMembers,
    ...azSessions,
    ...azSessionList,
    ...azSessionDetail,
    ...azSessionAdmin,
    ...azSessionRecords,
    ...azSignInSheet,
    ...azSessionEditor,
    ...azMemberPicker,
    ...azDocumentList,
    ...azDocuments,
    ...azDocumentPage,
    ...azOutcomes,
    ...azOutcomeWords,
    ...azOutcomeEditor,
    ...azRecommendations,
  },
  en: {
    ...en,
    ...enHome,
    ...enWelcome,
    ...enAdminMembers,
    ...enSessions,
    ...enSessionList,
    ...enSessionDetail,
    ...enSessionAdmin,
    ...enSessionRecords,
    ...enSignInSheet,
    ...enSessionEditor,
    ...enMemberPicker,
    ...enDocumentList,
    ...enDocuments,
    ...enDocumentPage,
    ...enOutcomes,
    ...enOutcomeWords,
    ...enOutcomeEditor,
    ...enRecommendations,
  },
};

export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  return translate(messages[lang], key, params);
}

export function tPlural(lang: Language, base: PluralBase, count: number, params: MessageParams = {}): string {
  return translatePlural(messages[lang], lang, base, count, params);
}
