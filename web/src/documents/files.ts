import { type AllowedContentType, allowedContentTypes, extensionOf, maxFileBytes } from '#shared/file-types.ts';
import { fileNameSchema } from '#shared/schemas/document-changes.ts';
import type { I18n } from '../app/i18n.ts';
import { formatBytes } from './file-facts.ts';

/* What the browser knows about a file before sending any byte of it, said in the reader's language. */

const typeByExtension = new Map<string, AllowedContentType>(
  Object.entries(allowedContentTypes).flatMap(([type, extensions]) =>
    extensions.map((extension) => [extension, type as AllowedContentType] as const),
  ),
);

/** For the file input's `accept`: the picker offers these, though a dropped file may be anything. */
export const acceptedExtensions = [...typeByExtension.keys()].map((extension) => `.${extension}`).join(',');

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

/** A title from a file's name, for a form whose title is still empty: "Illik_hesabat-2015.pdf" → "Illik hesabat 2015". */
export function titleFromFileName(name: string, maxLength = 300): string {
  const stem = name.replace(/\.[a-z0-9]{1,5}$/i, '');
  return stem
    .replace(/[_\s]+|(?<=\S)-(?=\S)/g, ' ')
    .trim()
    .slice(0, maxLength);
}
