import * as z from 'zod/mini';
import { maxAgendaItems } from '../constants.ts';
import { type AllowedContentType, allowedContentTypes, extensionFits, maxFileBytes } from '../file-types.ts';
import { cursorQuery, idSchema, meta, pageOf, text } from './common.ts';
import { documentLanguageSchema, documentSchema, documentVisibilitySchema } from './document.ts';
import { themeSlugSchema } from './theme.ts';

/**
 * What a member sends to share a document, give it a new version or change it, and what the API
 * answers them (the upload form, the uploads awaiting the check). Apart from `document.ts`, which
 * holds what readers are shown, so the pages that only list documents never download these
 * (ARCHITECTURE.md, "`web/`").
 */

export const contentTypeSchema = /* @__PURE__ */ z.enum(
  Object.keys(allowedContentTypes) as [AllowedContentType, ...AllowedContentType[]],
  { message: 'Allowed: PDF, Word, Excel, PowerPoint, OpenDocument, plain text, CSV, PNG or JPEG.' },
);

/** A file name as people give it (any script), but never a path, nor control characters. */
export const fileNameSchema = /* @__PURE__ */ z.string().check(
  z.minLength(1, 'Required.'),
  z.maxLength(200, 'At most 200 characters.'),
  z.refine((name) => !/[/\\]/.test(name), {
    message: 'A file name, not a path: no / or \\.',
    params: { code: 'file-name-path' },
  }),
  z.refine((name) => !/[\u0000-\u001f\u007f]/.test(name), {
    message: 'Control characters are not allowed.',
    params: { code: 'control-characters' },
  }),
  z.refine((name) => name.trim() === name && name !== '.' && name !== '..', {
    message: 'Not a usable file name.',
    params: { code: 'file-name-unusable' },
  }),
);

const fileFields = {
  fileName: fileNameSchema,
  contentType: contentTypeSchema,
  size: z
    .int()
    .check(z.minimum(1, 'An empty file cannot be shared.'), z.maximum(maxFileBytes, 'At most 100 MB a file.')),
};
export const fileSchema = /* @__PURE__ */ z.strictObject(fileFields);

/** Which item of its session's agenda a document belongs to: its position, counted from 0. */
export const agendaItemIndexSchema = /* @__PURE__ */ z
  .int()
  .check(z.minimum(0), z.maximum(maxAgendaItems - 1))
  .apply(meta({ description: 'The position (from 0) of the agenda item of `session` this document is material for.' }));

const extensionFitsType = /* @__PURE__ */ z.refine<{ fileName: string; contentType: AllowedContentType }>(
  (input) => extensionFits(input.fileName, input.contentType),
  {
    path: ['fileName'],
    message: 'The file name’s extension does not match its type.',
    params: { code: 'extension-mismatch' },
  },
);

export const createDocumentSchema = /* @__PURE__ */ z
  .strictObject({
    title: text(300),
    description: z._default(text(2000, 0), ''),
    language: documentLanguageSchema,
    session: z.optional(idSchema),
    agendaItem: z.optional(agendaItemIndexSchema),
    theme: z.optional(themeSlugSchema),
    visibility: z._default(documentVisibilitySchema, 'members'),
    ...fileFields,
  })
  .check(extensionFitsType)
  .apply(meta({ id: 'CreateDocument' }));
export type CreateDocument = z.infer<typeof createDocumentSchema>;

export const newVersionSchema = /* @__PURE__ */ z
  .strictObject({
    ...fileFields,
    confirmKindChange: z.optional(z.boolean()).apply(
      meta({
        description:
          'A new version is expected to be the same kind of file as the document (a presentation stays a presentation); send true to confirm a change of kind.',
      }),
    ),
  })
  .check(extensionFitsType)
  .apply(meta({ id: 'NewDocumentVersion' }));

export const updateDocumentSchema = /* @__PURE__ */ z
  .partial(
    z.strictObject({
      title: text(300),
      description: text(2000, 0),
      language: documentLanguageSchema,
      session: z.nullable(idSchema),
      agendaItem: z.nullable(agendaItemIndexSchema),
      theme: z.nullable(themeSlugSchema),
      visibility: documentVisibilitySchema,
      publicVersions: z
        .array(z.int().check(z.minimum(1)))
        .check(z.minLength(1), z.maxLength(100))
        .apply(
          meta({
            description:
              'Which versions are public (the others members-only). Making a document public without it publishes its current version only; earlier versions keep their visibility.',
          }),
        ),
    }),
  )
  .check(
    z.refine((value) => Object.keys(value).length > 0, {
      message: 'Name at least one field to change.',
      params: { code: 'empty-change' },
    }),
  )
  .apply(meta({ id: 'UpdateDocument' }));
export type UpdateDocument = z.infer<typeof updateDocumentSchema>;

export const uploadSchema = /* @__PURE__ */ z
  .object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    expiresAt: z.string(),
    maxBytes: z.int(),
  })
  .apply(
    meta({ id: 'PresignedUpload', description: 'POST the fields and then the file as multipart/form-data to url.' }),
  );

export const createdDocumentSchema = /* @__PURE__ */ z
  .object({ document: documentSchema, upload: uploadSchema })
  .apply(meta({ id: 'CreatedDocument' }));

/** An uploaded file still waiting for the upload check to decide on it (available or rejected). */
export const pendingUploadSchema = /* @__PURE__ */ z
  .object({
    documentId: z.string(),
    number: z.int(),
    fileName: z.string(),
    size: z.int(),
    uploadedAt: z.string(),
    uploaderName: z.string(),
  })
  .apply(meta({ id: 'PendingUpload' }));
export type PendingUpload = z.infer<typeof pendingUploadSchema>;

export const pendingUploadPageSchema = /* @__PURE__ */ pageOf(pendingUploadSchema).apply(
  meta({ id: 'PendingUploadPage' }),
);

export const pendingUploadsQuerySchema = /* @__PURE__ */ z.object({ ...cursorQuery });
