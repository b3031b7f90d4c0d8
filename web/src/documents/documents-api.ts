import { z } from 'zod/mini';
import {
  type CreateDocument,
  createdDocumentSchema,
  documentDetailSchema,
  documentPageSchema,
  documentSchema,
  pendingUploadPageSchema,
  type SharedDocument,
  type UpdateDocument,
} from '#shared/schemas/document.ts';
import { requestJson, withQuery } from '../app/api.ts';

export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/**
 * The documents part of the API client, apart from `api.ts` so that only the pages that show
 * documents download it (and the document schemas); every answer is parsed with the shared schemas.
 */
export interface DocumentQuery {
  session?: string;
  theme?: string;
  mine?: boolean;
  limit?: number;
  cursor?: string;
}

const path = (id: string, rest = '') => `/api/documents/${encodeURIComponent(id)}${rest}`;

/** A link, not a request: the API answers 303 to a short-lived address that saves the file. */
export const downloadLink = (id: string, version?: number) =>
  path(id, version === undefined ? '/download' : `/download?version=${version}`);

export const documentsApi = {
  list: ({ mine, ...query }: DocumentQuery) =>
    requestJson(documentPageSchema, withQuery('/api/documents', { ...query, mine: mine ? 'true' : undefined })),

  get: (id: string) => requestJson(documentDetailSchema, path(id)),

  /** Uploads awaiting the check's decision, newest first (the secretariat's). */
  pendingUploads: (limit: number) => requestJson(pendingUploadPageSchema, withQuery('/api/uploads/pending', { limit })),

  create: (input: CreateDocument) =>
    requestJson(createdDocumentSchema, '/api/documents', { method: 'POST', body: input }),

  addVersion: (id: string, file: Pick<CreateDocument, 'fileName' | 'contentType' | 'size'>) =>
    requestJson(createdDocumentSchema, path(id, '/versions'), { method: 'POST', body: file }),

  /** Optimistic locking: the change applies only to the version the page last read. */
  update: (document: Pick<SharedDocument, 'id' | 'version'>, changes: UpdateDocument) =>
    requestJson(documentSchema, path(document.id), {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': `"${document.version}"` },
    }),

  /** 204: no body, which `z.unknown()` takes as it is. */
  withdraw: async (id: string): Promise<void> => {
    await requestJson(z.unknown(), path(id), { method: 'DELETE' });
  },
};
