import type { MessageSource } from '../app/i18n.ts';

/** The messages of the documents pages and of the session page's documents (one chunk per language). */
export const documentsMessages: MessageSource = {
  az: () => import('#shared/i18n/az-documents.ts').then((module) => module.azDocuments),
  en: () => import('#shared/i18n/en-documents.ts').then((module) => module.enDocuments),
};
