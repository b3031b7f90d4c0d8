import { z } from 'zod';

/** RFC 9457 problem details, as every error of the API is answered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().meta({ description: 'Stable, machine-readable error code.' }),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string(),
          code: z
            .string()
            .meta({ description: 'Stable: `required`, `too-long`, `invalid-format`, … (see shared/field-errors.ts).' }),
          message: z.string().meta({ description: 'In English; `code` and `params` say the same in any language.' }),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .optional()
      .meta({ description: 'The fields at fault, for validation errors.' }),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

export { problemContentType } from '../media-types.ts';
