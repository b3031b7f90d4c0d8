import type { MessageSource } from '../app/i18n.ts';

/** The messages of the secretariat's session records (mail sent, who will be told, sign-in sheet). */
export const recordsMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-records.ts').then((module) => module.azSessionRecords),
  en: () => import('#shared/i18n/en-session-records.ts').then((module) => module.enSessionRecords),
};
