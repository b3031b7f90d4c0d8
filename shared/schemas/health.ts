import * as z from 'zod/mini';
import { meta } from './common.ts';

export const healthCheckState = /* @__PURE__ */ z.enum(['ok', 'failing']);

export const healthSchema = /* @__PURE__ */ z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ table: healthCheckState, bucket: healthCheckState }),
  })
  .apply(meta({ id: 'Health' }));

export type Health = z.infer<typeof healthSchema>;
