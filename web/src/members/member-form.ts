import { organisationTypes } from '#shared/constants.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { OrganisationType } from '#shared/schemas/member.ts';
import type { I18n } from '../app/i18n.ts';

/** The organisation types as select options, in the reader's language. */
export function organisationTypeOptions({ t }: I18n): Array<{ value: OrganisationType; label: string }> {
  return organisationTypes.map((value) => ({ value, label: t(`organisationType.${value}`) }));
}

export function languageOptions({ t }: I18n): Array<{ value: Language; label: string }> {
  return [
    { value: 'az', label: t('language.az') },
    { value: 'en', label: t('language.en') },
  ];
}
