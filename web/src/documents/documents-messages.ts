import type { MessageSource } from '../app/i18n.ts';

/**
 * The messages of the documents pages (list, upload, document page): those of a list of documents
 * (also fetched alone by the session page, `document-list-messages.ts`) and their own. Both
 * fetched from here, so that these pages need no chunk for the list's loader.
 */
export const documentsMessages: MessageSource = {
  az: () =>
    Promise.all([import('#shared/i18n/az-document-list.ts'), import('#shared/i18n/az-documents.ts')]).then(
      ([list, own]) => ({ ...list.azDocumentList, ...own.azDocuments }),
    ),
  en: () =>
    Promise.all([import('#shared/i18n/en-document-list.ts'), import('#shared/i18n/en-documents.ts')]).then(
      ([list, own]) => ({ ...list.enDocumentList, ...own.enDocuments }),
    ),
};
