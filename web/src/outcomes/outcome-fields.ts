import { addressees } from '#shared/constants.ts';
import type { I18n } from '../app/i18n.ts';
import type { Draft } from './outcome-draft.ts';

/** Where a field error (by its path in the saved body) is shown, and what the summary calls it. */
export function placeOf({ t }: Pick<I18n, 't'>, draft: Draft, path: string): { fieldId: string; label: string } {
  const summary = /^summary\.(az|en)$/.exec(path);
  if (summary) {
    return {
      fieldId: `outcome-summary-${summary[1]}`,
      label: t(summary[1] === 'az' ? 'outcomeEditor.summaryAz' : 'outcomeEditor.summaryEn'),
    };
  }
  const recommendation = /^recommendations\.(\d+)(?:\.(text\.(az|en)|addressees))?/.exec(path);
  if (recommendation) {
    const index = Number(recommendation[1]);
    const key = draft.recommendations[index]?.key ?? 0;
    const name = t('outcomeEditor.recommendation', { n: index + 1 });
    if (recommendation[3] === 'az' || recommendation[3] === 'en') {
      const lang = recommendation[3];
      return {
        fieldId: `rec-${key}-${lang}`,
        label: `${name}, ${t(lang === 'az' ? 'outcomeEditor.textAz' : 'outcomeEditor.textEn')}`,
      };
    }
    return { fieldId: `rec-${key}-${addressees[0]}`, label: `${name}, ${t('outcomeEditor.addressees')}` };
  }
  if (path.startsWith('documents')) return { fieldId: 'outcome-documents', label: t('outcomeEditor.documents') };
  // A note's path names its language; a note missing as a whole is placed at the Azerbaijani one.
  const note = /^note(?:\.(az|en))?$/.exec(path);
  if (note) {
    const lang = note[1] === 'en' ? 'en' : 'az';
    return {
      fieldId: `outcome-note-${lang}`,
      label: t(lang === 'az' ? 'outcomeEditor.noteAz' : 'outcomeEditor.noteEn'),
    };
  }
  return { fieldId: 'add-recommendation', label: t('outcomeEditor.recommendations') };
}
