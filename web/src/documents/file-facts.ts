import { allowedContentTypes, extensionOf } from '#shared/file-types.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { I18n } from '../app/i18n.ts';

/* What a page shows of a file (kind, size, why it was refused), apart from the upload's checks (`files.ts`). */

/* By hand, as the dates (`app/dates.ts`): `Intl`'s first number format costs a page ≈ 30 ms of main thread. */
const separators: Record<Language, { group: string; decimal: string }> = {
  az: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** A number with one decimal at most: "1,234.5" / "1.234,5". */
export function formatNumber(lang: Language, value: number): string {
  const [whole = '0', fraction] = (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '').split('.');
  const { group, decimal } = separators[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction ? `${grouped}${decimal}${fraction}` : grouped;
}

/** 512 bytes, 12 KB, 3.4 MB: binary units, one decimal at most. */
export function formatBytes({ t, lang }: I18n, bytes: number): string {
  if (bytes < 1024) return t('size.bytes', { n: formatNumber(lang, bytes) });
  if (bytes < 1024 * 1024) return t('size.kb', { n: formatNumber(lang, bytes / 1024) });
  return t('size.mb', { n: formatNumber(lang, bytes / (1024 * 1024)) });
}

/** "PDF", "DOCX": what a reader recognises of a file's type. */
export const fileKind = (fileName: string) => extensionOf(fileName)?.toUpperCase() ?? '';

/** The upload check words its reasons in English; the page says the known ones in the reader's language. */
export function rejectedReasonText({ t }: I18n, reason: string | null): string {
  if (!reason) return '';
  const size = /^The file has (\d+) bytes, not the (\d+) declared\.$/.exec(reason);
  if (size) return t('reason.size', { actual: size[1] ?? '', declared: size[2] ?? '' });
  const type = /^The file's content is not (.+)\.$/.exec(reason);
  if (type) return t('reason.type', { type: fileKind(`x.${contentTypeExtension(type[1] ?? '')}`) || (type[1] ?? '') });
  if (reason === 'The upload did not arrive within a day.') return t('reason.abandoned');
  return reason;
}

function contentTypeExtension(contentType: string): string {
  return (allowedContentTypes as Record<string, readonly string[]>)[contentType]?.[0] ?? '';
}
