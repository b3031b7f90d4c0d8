import type { IdempotencyKeys } from '#functions/data/idempotency.ts';
import type { DomainDeps } from '#functions/domain/deps.ts';
import type { HealthProbes } from '#functions/domain/health.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Logger } from './middleware/logger.ts';

/** Everything the routes need from the outside world, handed in when the app is built. */
export interface AppDeps extends DomainDeps {
  health: HealthProbes;
  /** Answers kept for creates retried with an Idempotency-Key (an HTTP concern, not a use case). */
  idempotency: IdempotencyKeys;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    /** The signed-in member, when the request carries a valid session cookie. */
    actor: Member | undefined;
  };
}
