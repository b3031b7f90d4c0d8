import * as z from 'zod/mini';
import { publicAnswers } from '#shared/public-answers.ts';
import {
  catalogPageSchema,
  catalogYearsSchema,
  outcomeInEditorSchema,
  outcomeSchema,
  type SaveOutcome,
} from '#shared/schemas/outcome.ts';
import type { Subscribe } from '#shared/schemas/subscription.ts';
import { requestJson, withQuery } from '../app/api.ts';
import { sessionStore } from '../app/session.ts';

/**
 * The outcomes and subscriptions part of the API client, apart from `api.ts` so that only the
 * pages that show them download it; every answer is parsed with the shared schemas.
 */
export interface CatalogQuery {
  theme?: string;
  year?: number;
  q?: string;
  limit?: number;
  cursor?: string;
}

const path = (sessionId: string, rest = '') => `/api/sessions/${encodeURIComponent(sessionId)}/outcomes${rest}`;

/** The open-data links: the pages link to them, they are not read here. */
export const openData = { feed: '/api/feed.atom', csv: '/api/outcomes.csv', json: '/api/outcomes.json' };

export const outcomesApi = {
  /**
   * A stranger reads the copy CloudFront keeps; a signed-in member the catalog's own address,
   * uncached, which also lists members-only outcomes (ARCHITECTURE.md, "Public reads from the edge").
   */
  catalog: (query: CatalogQuery, signedIn = sessionStore.get().status === 'signed-in') =>
    requestJson(catalogPageSchema, withQuery(signedIn ? '/api/outcomes' : publicAnswers.catalog.path, { ...query })),

  /** The years the year filter offers: those with outcomes the reader may see (as the catalog, a copy for strangers). */
  years: async (signedIn = sessionStore.get().status === 'signed-in') =>
    (await requestJson(catalogYearsSchema, signedIn ? '/api/outcomes/years' : publicAnswers.catalogYears.path)).years,

  get: (sessionId: string) => requestJson(outcomeSchema, path(sessionId)),

  /** The secretariat's: the outcomes as written so far, or null while none are (no 404 to log). */
  forEditing: async (sessionId: string) =>
    (await requestJson(outcomeInEditorSchema, path(sessionId, '/editor'))).outcome,

  /** The first save has no version to name; every later one applies only to the version last read. */
  save: (sessionId: string, body: SaveOutcome, version?: number) =>
    requestJson(outcomeSchema, path(sessionId), {
      method: 'PUT',
      body,
      headers: version === undefined ? {} : { 'If-Match': `"${version}"` },
    }),

  publish: (sessionId: string, visibility: 'public' | 'members') =>
    requestJson(outcomeSchema, path(sessionId, '/publish'), { method: 'POST', body: { visibility } }),

  /** 202 whether or not the address already follows the theme. */
  follow: (input: Subscribe) =>
    requestJson(z.object({ message: z.string() }), '/api/subscriptions', { method: 'POST', body: input }),
};
