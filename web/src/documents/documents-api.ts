import type * as z from 'zod/mini';
import type { documentDetailSchema, documentPageSchema } from '#shared/schemas/document.ts';
import { type AnswerOf, requestJson, withQuery } from '../app/api.ts';

export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/**
 * The documents client's reading half, apart from `api.ts` so that only the pages that show
 * documents download it (and the document schemas); every answer is parsed with the shared
 * schemas. Writing is in `document-changes-api.ts`.
 */
export interface DocumentQuery {
  session?: string;
  theme?: string;
  mine?: boolean;
  limit?: number;
  cursor?: string;
}

export const documentPath = (id: string, rest = '') => `/api/documents/${encodeURIComponent(id)}${rest}`;

/** A link, not a request: the API answers 303 to a short-lived address that saves the file. */
export const downloadLink = (id: string, version?: number) =>
  documentPath(id, version === undefined ? '/download' : `/download?version=${version}`);

export const documentsApi = {
  list: ({ mine, ...query }: DocumentQuery) =>
    requestJson<AnswerOf<typeof documentPageSchema>>(
      withQuery('/api/documents', { ...query, mine: mine ? 'true' : undefined }),
    ),

  get: (id: string) => requestJson<AnswerOf<typeof documentDetailSchema>>(documentPath(id)),
};
