import * as z from 'zod/mini';
import { meta } from './common.ts';

/** RFC 9457 problem details, as every error of the API is answered. */
export const problemSchema = /* @__PURE__ */ z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    code: z.string().apply(meta({ description: 'Stable, machine-readable error code.' })),
    instance: z.optional(z.string()),
    requestId: z.optional(z.string()),
    errors: z
      .optional(
        z.array(
          z.object({
            field: z.string(),
            code: z.string(),
            message: z.string(),
            params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
          }),
        ),
      )
      .apply(
        meta({
          description:
            'The fields at fault: a stable `code` (`required`, `too-long`, …), `params`, an English `message`.',
        }),
      ),
  })
  .apply(meta({ id: 'Problem' }));

export type Problem = z.infer<typeof problemSchema>;

export { problemContentType } from '../media-types.ts';
