import { z } from 'zod';
import { maxAgendaItems } from './agenda-limit.ts';
import { cursorQuery, idSchema, pageOf, text } from './common.ts';
import { themeSlugSchema } from './theme.ts';

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
export const contentTypeSchema = z.enum(
  Object.keys(allowedContentTypes) as [AllowedContentType, ...AllowedContentType[]],
  {
    message: 'Allowed: PDF, Word, Excel, PowerPoint, OpenDocument, plain text, CSV, PNG or JPEG.',
  },
);

export const maxFileBytes = 100 * 1024 * 1024;

/** A file name as people give it (any script), but never a path, nor control characters. */
export const fileNameSchema = z
  .string()
  .min(1, 'Required.')
  .max(200, 'At most 200 characters.')
  .refine((name) => !/[/\\]/.test(name), {
    message: 'A file name, not a path: no / or \\.',
    params: { code: 'file-name-path' },
  })
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), {
    message: 'Control characters are not allowed.',
    params: { code: 'control-characters' },
  })
  .refine((name) => name.trim() === name && name !== '.' && name !== '..', {
    message: 'Not a usable file name.',
    params: { code: 'file-name-unusable' },
  });

export const documentVisibilitySchema = z.enum(['members', 'public']);
export const documentStatusSchema = z.enum(['pending', 'available', 'rejected', 'withdrawn']);
export const documentLanguageSchema = z.enum(['az', 'en', 'ru', 'other']);

export const fileSchema = z.strictObject({
  fileName: fileNameSchema,
  contentType: contentTypeSchema,
  size: z.number().int().min(1, 'An empty file cannot be shared.').max(maxFileBytes, 'At most 100 MB a file.'),
});

/** Which item of its session's agenda a document belongs to: its position, counted from 0. */
export const agendaItemIndexSchema = z
  .number()
  .int()
  .min(0)
  .max(maxAgendaItems - 1)
  .meta({ description: 'The position (from 0) of the agenda item of `session` this document is material for.' });

export const createDocumentSchema = z
  .strictObject({
    title: text(300),
    description: text(2000, 0).default(''),
    language: documentLanguageSchema,
    session: idSchema.optional(),
    agendaItem: agendaItemIndexSchema.optional(),
    theme: themeSlugSchema.optional(),
    visibility: documentVisibilitySchema.default('members'),
    ...fileSchema.shape,
  })
  .refine((input) => extensionFits(input.fileName, input.contentType), {
    path: ['fileName'],
    message: 'The file name’s extension does not match its type.',
    params: { code: 'extension-mismatch' },
  })
  .meta({ id: 'CreateDocument' });
export type CreateDocument = z.infer<typeof createDocumentSchema>;

export const newVersionSchema = fileSchema
  .extend({
    confirmKindChange: z.boolean().optional().meta({
      description:
        'A new version is expected to be the same kind of file as the document (a presentation stays a presentation); send true to confirm a change of kind.',
    }),
  })
  .refine((input) => extensionFits(input.fileName, input.contentType), {
    path: ['fileName'],
    message: 'The file name’s extension does not match its type.',
    params: { code: 'extension-mismatch' },
  })
  .meta({ id: 'NewDocumentVersion' });

export function extensionFits(fileName: string, contentType: AllowedContentType): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension !== undefined && (allowedContentTypes[contentType] as readonly string[]).includes(extension);
}

export const updateDocumentSchema = z
  .strictObject({
    title: text(300),
    description: text(2000, 0),
    language: documentLanguageSchema,
    session: idSchema.nullable(),
    agendaItem: agendaItemIndexSchema.nullable(),
    theme: themeSlugSchema.nullable(),
    visibility: documentVisibilitySchema,
    publicVersions: z.array(z.number().int().min(1)).min(1).max(100).meta({
      description:
        'Which versions are public (the others members-only). Making a document public without it publishes its current version only; earlier versions keep their visibility.',
    }),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, {
    message: 'Name at least one field to change.',
    params: { code: 'empty-change' },
  })
  .meta({ id: 'UpdateDocument' });
export type UpdateDocument = z.infer<typeof updateDocumentSchema>;

export const documentVersionSchema = z
  .object({
    number: z.number().int(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().nullable(),
    status: z.enum(['pending', 'available', 'rejected']),
    rejectedReason: z.string().nullable(),
    uploadedAt: z.string(),
    uploaderName: z.string(),
    visibility: documentVisibilitySchema.meta({
      description: 'Who may download this version: each version keeps its own, so publishing one publishes no other.',
    }),
  })
  .meta({ id: 'DocumentVersion' });
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const documentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    language: documentLanguageSchema,
    session: z.string().nullable(),
    agendaItem: z.number().int().nullable().meta({
      description: 'The agenda item of `session` (position from 0) it is material for; null for the whole session.',
    }),
    theme: z.string().nullable(),
    visibility: documentVisibilitySchema,
    status: documentStatusSchema,
    uploaderId: z.string(),
    uploaderName: z.string(),
    currentVersion: z.number().int().meta({ description: 'The newest available version (0 until one is).' }),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'Document' });
export type SharedDocument = z.infer<typeof documentSchema>;

export const documentDetailSchema = documentSchema
  .extend({ versions: z.array(documentVersionSchema) })
  .meta({ id: 'DocumentDetail' });

export const uploadSchema = z
  .object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: z.string(),
    maxBytes: z.number().int(),
  })
  .meta({ id: 'PresignedUpload', description: 'POST the fields and then the file as multipart/form-data to url.' });

export const createdDocumentSchema = z
  .object({ document: documentSchema, upload: uploadSchema })
  .meta({ id: 'CreatedDocument' });

export const documentPageSchema = pageOf(documentSchema).meta({ id: 'DocumentPage' });

/** An uploaded file still waiting for the upload check to decide on it (available or rejected). */
export const pendingUploadSchema = z
  .object({
    documentId: z.string(),
    number: z.number().int(),
    fileName: z.string(),
    size: z.number().int(),
    uploadedAt: z.string(),
    uploaderName: z.string(),
  })
  .meta({ id: 'PendingUpload' });
export type PendingUpload = z.infer<typeof pendingUploadSchema>;

export const pendingUploadPageSchema = pageOf(pendingUploadSchema).meta({ id: 'PendingUploadPage' });

export const pendingUploadsQuerySchema = z.object({ ...cursorQuery });

export const listDocumentsQuerySchema = z.object({
  ...cursorQuery,
  session: idSchema.optional(),
  theme: themeSlugSchema.optional(),
  mine: z.stringbool().optional().meta({ description: 'Only my own uploads (members).' }),
});

export const downloadQuerySchema = z.object({
  version: z.coerce.number().int().min(1).optional(),
});
