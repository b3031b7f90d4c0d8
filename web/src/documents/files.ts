import { type AllowedContentType, allowedContentTypes, maxFileBytes } from '#shared/constants.ts';
import { fileNameSchema } from '#shared/schemas/document.ts';
import { locales } from '../app/dates.ts';
import type { I18n } from '../app/i18n.ts';

/* What the browser knows about a file before sending any byte of it, said in the reader's language. */

const typeByExtension = new Map<string, AllowedContentType>(
  Object.entries(allowedContentTypes).flatMap(([type, extensions]) =>
    extensions.map((extension) => [extension, type as AllowedContentType] as const),
  ),
);

/** For the file input's `accept`: the picker offers these, though a dropped file may be anything. */
export const acceptedExtensions = [...typeByExtension.keys()].map((extension) => `.${extension}`).join(',');

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();

/**
 * The type is read from the name's extension, not from the browser's guess (which differs between
 * systems: a .csv is "application/vnd.ms-excel" on some): the server checks the bytes anyway.
 */
export function contentTypeOf(fileName: string): AllowedContentType | undefined {
  const extension = extensionOf(fileName);
  return extension === undefined ? undefined : typeByExtension.get(extension);
}

export type FileCheck =
  | { ok: true; file: File; contentType: AllowedContentType }
  | { ok: false; problem: 'required' | 'many' | 'type' | 'tooBig' | 'empty' | 'name'; file?: File };

export function checkFiles(files: ArrayLike<File> | null | undefined): FileCheck {
  if (!files || files.length === 0) return { ok: false, problem: 'required' };
  if (files.length > 1) return { ok: false, problem: 'many' };
  const file = files[0] as File;
  const contentType = contentTypeOf(file.name);
  if (!contentType) return { ok: false, problem: 'type', file };
  if (file.size > maxFileBytes) return { ok: false, problem: 'tooBig', file };
  if (file.size === 0) return { ok: false, problem: 'empty', file };
  if (!fileNameSchema.safeParse(file.name).success) return { ok: false, problem: 'name', file };
  return { ok: true, file, contentType };
}

export function fileProblemText(i18n: I18n, check: Extract<FileCheck, { ok: false }>): string {
  const name = check.file?.name ?? '';
  switch (check.problem) {
    case 'required':
      return i18n.t('upload.error.required');
    case 'many':
      return i18n.t('upload.error.many');
    case 'type':
      return i18n.t('upload.error.type', { name });
    case 'tooBig':
      return i18n.t('upload.error.tooBig', { name, size: formatBytes(i18n, check.file?.size ?? 0) });
    case 'empty':
      return i18n.t('upload.error.empty', { name });
    case 'name':
      return i18n.t('upload.error.name');
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function formatNumber(lang: I18n['lang'], value: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 });
    numberFormats.set(lang, format);
  }
  return format.format(value);
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

/** A title from a file's name, for a form whose title is still empty: "Illik_hesabat-2015.pdf" → "Illik hesabat 2015". */
export function titleFromFileName(name: string, maxLength = 300): string {
  const stem = name.replace(/\.[a-z0-9]{1,5}$/i, '');
  return stem
    .replace(/[_\s]+|(?<=\S)-(?=\S)/g, ' ')
    .trim()
    .slice(0, maxLength);
}
