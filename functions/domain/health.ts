import type { HealthProbes } from '#functions/data/health.ts';
import type { Health } from '#shared/schemas/health.ts';

export async function checkHealth(probes: HealthProbes): Promise<Health> {
  const [table, bucket] = await Promise.all([probes.table(), probes.bucket()]);
  const checks = { table: table ? 'ok' : 'failing', bucket: bucket ? 'ok' : 'failing' } as const;
  return { status: table && bucket ? 'ok' : 'degraded', checks };
}
