import type { HealthProbes } from '#functions/domain/health.ts';
import type { Logger } from './middleware/logger.ts';

/** Everything the routes need from the outside world, handed in when the app is built. */
export interface AppDeps {
  health: HealthProbes;
  /** The portal's own origin, for the same-origin check on state-changing requests. */
  portalOrigin: string;
  now: () => Date;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
  };
}
