import type { MessageSource } from '../app/i18n.ts';

/** The messages of one document's page (details, versions, editing, withdrawal): that page only. */
export const documentPageMessages: MessageSource = {
  az: () => import('#shared/i18n/az-document-page.ts').then((module) => module.azDocumentPage),
  en: () => import('#shared/i18n/en-document-page.ts').then((module) => module.enDocumentPage),
};
