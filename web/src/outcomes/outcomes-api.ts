import { publicAnswers } from '#shared/public-answers.ts';
import type {
  catalogPageSchema,
  catalogYearsSchema,
  outcomeInEditorSchema,
  outcomeSchema,
  SaveOutcome,
} from '#shared/schemas/outcome.ts';
import type { Subscribe, subscriptionAcceptedSchema } from '#shared/schemas/subscription.ts';
import { type AnswerOf, requestJson, withQuery } from '../app/api.ts';
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
    requestJson<AnswerOf<typeof catalogPageSchema>>(
      withQuery(signedIn ? '/api/outcomes' : publicAnswers.catalog.path, { ...query }),
    ),

  /** The years the year filter offers: those with outcomes the reader may see (as the catalog, a copy for strangers). */
  years: async (signedIn = sessionStore.get().status === 'signed-in') =>
    (
      await requestJson<AnswerOf<typeof catalogYearsSchema>>(
        signedIn ? '/api/outcomes/years' : publicAnswers.catalogYears.path,
      )
    ).years,

  get: (sessionId: string) => requestJson<AnswerOf<typeof outcomeSchema>>(path(sessionId)),

  /** The secretariat's: the outcomes as written so far, or null while none are (no 404 to log). */
  forEditing: async (sessionId: string) =>
    (await requestJson<AnswerOf<typeof outcomeInEditorSchema>>(path(sessionId, '/editor'))).outcome,

  /** The first save has no version to name; every later one applies only to the version last read. */
  save: (sessionId: string, body: SaveOutcome, version?: number) =>
    requestJson<AnswerOf<typeof outcomeSchema>>(path(sessionId), {
      method: 'PUT',
      body,
      headers: version === undefined ? {} : { 'If-Match': `"${version}"` },
    }),

  publish: (sessionId: string, visibility: 'public' | 'members') =>
    requestJson<AnswerOf<typeof outcomeSchema>>(path(sessionId, '/publish'), { method: 'POST', body: { visibility } }),

  /** 202 whether or not the address already follows the theme. */
  follow: (input: Subscribe) =>
    requestJson<AnswerOf<typeof subscriptionAcceptedSchema>>('/api/subscriptions', { method: 'POST', body: input }),
};
