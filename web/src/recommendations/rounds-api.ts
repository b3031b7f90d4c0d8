import type * as z from 'zod/mini';
import type { openRoundSchema, roundPageSchema, roundSchema } from '#shared/schemas/round.ts';
import { type AnswerOf, requestJson, withQuery } from '../app/api.ts';

/** The list of monitoring rounds and their opening: the home page, /rounds and /rounds/new use only this. */
export const roundsApi = {
  /** As the caller may see them (see GET /api/rounds): anonymous visitors get closed rounds only. */
  list: (cursor?: string) =>
    requestJson<AnswerOf<typeof roundPageSchema>>(withQuery('/api/rounds', { limit: 50, cursor })),

  open: (input: z.input<typeof openRoundSchema>) =>
    requestJson<AnswerOf<typeof roundSchema>>('/api/rounds', { method: 'POST', body: input }),
};
