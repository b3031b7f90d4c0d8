import * as z from 'zod/mini';
import { documentLanguages } from '../file-types.ts';
import { cursorQuery, idSchema, meta, pageOf } from './common.ts';
import { themeSlugSchema } from './theme.ts';

export const documentVisibilitySchema = /* @__PURE__ */ z.enum(['members', 'public']);
export const documentStatusSchema = /* @__PURE__ */ z.enum(['pending', 'available', 'rejected', 'withdrawn']);
export const documentLanguageSchema = /* @__PURE__ */ z.enum(documentLanguages);

export const documentVersionSchema = /* @__PURE__ */ z
  .object({
    number: z.int(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.int(),
    sha256: z.nullable(z.string()),
    status: z.enum(['pending', 'available', 'rejected']),
    rejectedReason: z.nullable(z.string()),
    uploadedAt: z.string(),
    uploaderName: z.string(),
    visibility: documentVisibilitySchema.apply(
      meta({
        description: 'Who may download this version: each version keeps its own, so publishing one publishes no other.',
      }),
    ),
  })
  .apply(meta({ id: 'DocumentVersion' }));
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

export const documentSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    language: documentLanguageSchema,
    session: z.nullable(z.string()),
    agendaItem: z.nullable(z.int()).apply(
      meta({
        description: 'The agenda item of `session` (position from 0) it is material for; null for the whole session.',
      }),
    ),
    theme: z.nullable(z.string()),
    visibility: documentVisibilitySchema,
    status: documentStatusSchema,
    uploaderId: z.string(),
    uploaderName: z.string(),
    currentVersion: z.int().apply(meta({ description: 'The newest available version (0 until one is).' })),
    fileName: z.string(),
    contentType: z.string(),
    size: z.int(),
    sha256: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.int(),
  })
  .apply(meta({ id: 'Document' }));
export type SharedDocument = z.infer<typeof documentSchema>;

export const documentDetailSchema = /* @__PURE__ */ z
  .extend(documentSchema, { versions: z.array(documentVersionSchema) })
  .apply(meta({ id: 'DocumentDetail' }));

export const documentPageSchema = /* @__PURE__ */ pageOf(documentSchema).apply(meta({ id: 'DocumentPage' }));

export const listDocumentsQuerySchema = /* @__PURE__ */ z.object({
  ...cursorQuery,
  session: z.optional(idSchema),
  theme: z.optional(themeSlugSchema),
  mine: z.optional(z.stringbool()).apply(meta({ description: 'Only my own uploads (members).' })),
});

export const downloadQuerySchema = /* @__PURE__ */ z.object({
  version: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
});
