import type {
  RecommendationStatus,
  recommendationDetailSchema,
  recommendationPageSchema,
} from '#shared/schemas/recommendation.ts';
import type {
  ProgressReportInput,
  progressReportListSchema,
  progressReportSchema,
  ReviewInput,
  roundSchema,
} from '#shared/schemas/round.ts';
import { type AnswerOf, requestJson, withQuery } from '../app/api.ts';

/** The recommendations and monitoring rounds part of the API client; answers parsed with the shared schemas. */
const roundPath = (id: string, rest = '') => `/api/rounds/${encodeURIComponent(id)}${rest}`;

/** The open-data links: the pages link to them, they are not read here. */
export const recommendationsOpenData = {
  feed: '/api/recommendations/feed.atom',
  csv: '/api/recommendations.csv',
  json: '/api/recommendations.json',
};

export const recommendationsApi = {
  list: (query: { status?: RecommendationStatus; theme?: string; cursor?: string; limit?: number }) =>
    requestJson<AnswerOf<typeof recommendationPageSchema>>(withQuery('/api/recommendations', { ...query })),

  get: (id: string) =>
    requestJson<AnswerOf<typeof recommendationDetailSchema>>(`/api/recommendations/${encodeURIComponent(id)}`),

  round: (id: string) => requestJson<AnswerOf<typeof roundSchema>>(roundPath(id)),

  reports: (id: string) => requestJson<AnswerOf<typeof progressReportListSchema>>(roundPath(id, '/reports')),

  report: (roundId: string, recommendationId: string, body: ProgressReportInput) =>
    requestJson<AnswerOf<typeof progressReportSchema>>(
      roundPath(roundId, `/reports/${encodeURIComponent(recommendationId)}`),
      {
        method: 'PUT',
        body,
      },
    ),

  review: (roundId: string, reportId: string, body: ReviewInput) =>
    requestJson<AnswerOf<typeof progressReportSchema>>(
      roundPath(roundId, `/reports/${encodeURIComponent(reportId)}/review`),
      {
        method: 'POST',
        body,
      },
    ),

  close: (roundId: string) =>
    requestJson<AnswerOf<typeof roundSchema>>(roundPath(roundId, '/close'), { method: 'POST', body: {} }),
};
