/*
 * The files the group shares: apart from `constants.ts`, which the pages' shell carries, so that
 * only the pages that handle files download these (ARCHITECTURE.md, "`web/`").
 */

export const documentLanguages = ['az', 'en', 'ru', 'other'] as const;

/** What the group shares: PDF, Office and OpenDocument files, plain text, CSV, PNG and JPEG. */
export const allowedContentTypes = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
} as const;
export type AllowedContentType = keyof typeof allowedContentTypes;

/** What a file is, to people: a new version of a presentation is expected to be a presentation. */
export const fileKinds = {
  'application/pdf': 'pdf',
  'application/msword': 'text-document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'text-document',
  'application/vnd.oasis.opendocument.text': 'text-document',
  'application/vnd.ms-excel': 'spreadsheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet': 'spreadsheet',
  'text/csv': 'spreadsheet',
  'application/vnd.ms-powerpoint': 'presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'presentation',
  'application/vnd.oasis.opendocument.presentation': 'presentation',
  'text/plain': 'plain-text',
  'image/png': 'image',
  'image/jpeg': 'image',
} as const satisfies Record<AllowedContentType, string>;
export type FileKind = (typeof fileKinds)[AllowedContentType];
export const kindOfContentType = (contentType: string): FileKind | undefined =>
  fileKinds[contentType as AllowedContentType];

export const maxFileBytes = 100 * 1024 * 1024;

/** A file name's extension, lower-cased ("Report.PDF" → "pdf"); undefined without one. */
export const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();

export function extensionFits(fileName: string, contentType: AllowedContentType): boolean {
  const extension = extensionOf(fileName);
  return extension !== undefined && (allowedContentTypes[contentType] as readonly string[]).includes(extension);
}
