import type { documentSchema, SharedDocument } from '#shared/schemas/document.ts';
import type {
  CreateDocument,
  createdDocumentSchema,
  pendingUploadPageSchema,
  UpdateDocument,
} from '#shared/schemas/document-changes.ts';
import { type AnswerOf, requestJson, requestNothing, withQuery } from '../app/api.ts';
import { documentPath } from './documents-api.ts';

/**
 * The documents client's writing half: sharing, new versions, changes, withdrawal and the uploads
 * awaiting the check. Apart from `documents-api.ts`, so that pages that only list documents (the
 * session page) never download it nor the schemas of what is sent.
 */
export const documentChangesApi = {
  create: (input: CreateDocument) =>
    requestJson<AnswerOf<typeof createdDocumentSchema>>('/api/documents', { method: 'POST', body: input }),

  addVersion: (id: string, file: Pick<CreateDocument, 'fileName' | 'contentType' | 'size'>) =>
    requestJson<AnswerOf<typeof createdDocumentSchema>>(documentPath(id, '/versions'), { method: 'POST', body: file }),

  /** Optimistic locking: the change applies only to the version the page last read. */
  update: (document: Pick<SharedDocument, 'id' | 'version'>, changes: UpdateDocument) =>
    requestJson<AnswerOf<typeof documentSchema>>(documentPath(document.id), {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': `"${document.version}"` },
    }),

  /** 204: no body, which `z.unknown()` takes as it is. */
  withdraw: (id: string): Promise<void> => requestNothing(documentPath(id), { method: 'DELETE' }),

  /** Uploads awaiting the check's decision, newest first (the secretariat's). */
  pendingUploads: (limit: number) =>
    requestJson<AnswerOf<typeof pendingUploadPageSchema>>(withQuery('/api/uploads/pending', { limit })),
};
