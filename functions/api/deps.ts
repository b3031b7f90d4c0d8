import { config } from '#functions/config.ts';
import { healthProbes } from '#functions/data/health.ts';
import type { AppDeps } from './env.ts';

/** The production wiring: real data modules, the system clock, the configured origin. */
export function defaultDeps(): AppDeps {
  return {
    health: healthProbes,
    portalOrigin: config().PORTAL_ORIGIN,
    now: () => new Date(),
  };
}
