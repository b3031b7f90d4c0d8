import type { MessageSource } from '../app/i18n.ts';

/** The words of an outcome that its pages and the outcome editor share (addressees, revisions). */
export const outcomeWordsMessages: MessageSource = {
  az: () => import('#shared/i18n/az-outcome-words.ts').then((module) => module.azOutcomeWords),
  en: () => import('#shared/i18n/en-outcome-words.ts').then((module) => module.enOutcomeWords),
};
