import { z } from 'zod';

export const healthCheckState = z.enum(['ok', 'failing']);

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    checks: z.object({ table: healthCheckState, bucket: healthCheckState }),
  })
  .meta({ id: 'Health' });

export type Health = z.infer<typeof healthSchema>;
