import type { MessageSource } from '../app/i18n.ts';

/**
 * The messages of a list of documents, all the session page's list needs: apart from the
 * documents pages' own (`documents-messages.ts`), so that the session page does not fetch those.
 */
export const documentListMessages: MessageSource = {
  az: () => import('#shared/i18n/az-document-list.ts').then((module) => module.azDocumentList),
  en: () => import('#shared/i18n/en-document-list.ts').then((module) => module.enDocumentList),
};
