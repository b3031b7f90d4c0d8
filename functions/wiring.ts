import { config } from '#functions/config.ts';
import type { AuditLog } from '#functions/data/audit.ts';
import type { DocumentsRepository } from '#functions/data/documents.ts';
import type { EdgeCache } from '#functions/data/edge-cache.ts';
import type { FileStore } from '#functions/data/files.ts';
import type { GuestsRepository } from '#functions/data/guests.ts';
import type { HealthProbes } from '#functions/data/health.ts';
import type { IdempotencyKeys } from '#functions/data/idempotency.ts';
import type { Logins } from '#functions/data/logins.ts';
import type { Mailer } from '#functions/data/mail.ts';
import type { MailSuppressions } from '#functions/data/mail-suppressions.ts';
import type { MembersRepository } from '#functions/data/members.ts';
import type { Outbox } from '#functions/data/outbox.ts';
import type { OutcomesRepository } from '#functions/data/outcomes.ts';
import type { RateLimits } from '#functions/data/rate-limits.ts';
import type { RecommendationsRepository } from '#functions/data/recommendations.ts';
import type { RoundsRepository } from '#functions/data/rounds.ts';
import type { SessionsRepository } from '#functions/data/sessions.ts';
import type { SignInLinks } from '#functions/data/sign-in-links.ts';
import type { Subscriptions } from '#functions/data/subscriptions.ts';
import type { ThemesRepository } from '#functions/data/themes.ts';
import type { DomainDeps } from '#functions/domain/deps.ts';

/**
 * Everything the use cases, the routes and the event handlers need from the outside world.
 * Built here, once per process, for the API function and the event handlers alike
 * (ARCHITECTURE.md, "Code map": api and events both import the wiring; events never import api).
 */
export interface Wiring extends DomainDeps {
  health: HealthProbes;
  /** Answers kept for creates retried with an Idempotency-Key (an HTTP concern, not a use case). */
  idempotency: IdempotencyKeys;
}

type AsyncMethods = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * A data module that is imported on its first call. Every method of a data module is async,
 * so callers cannot tell; a cold start then loads the AWS SDK and the entities a request uses,
 * not all of them.
 */
export function loadedOnFirstCall<T extends AsyncMethods>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const target = () => {
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return loaded;
  };
  return new Proxy({} as T, {
    get:
      (_, method) =>
      async (...args: never[]) => {
        const module = await target();
        const call = module[method as keyof T];
        if (typeof call !== 'function') throw new TypeError(`${String(method)} is not a data method`);
        return call.apply(module, args);
      },
  });
}

/** The production wiring: real data modules, the system clock, the configured origin. */
export function defaultDeps(): Wiring {
  return {
    health: loadedOnFirstCall<HealthProbes>(async () => (await import('#functions/data/health.ts')).healthProbes),
    members: loadedOnFirstCall<MembersRepository>(
      async () => (await import('#functions/data/members.ts')).membersRepository,
    ),
    signInLinks: loadedOnFirstCall<SignInLinks>(
      async () => (await import('#functions/data/sign-in-links.ts')).signInLinks,
    ),
    logins: loadedOnFirstCall<Logins>(async () => (await import('#functions/data/logins.ts')).logins),
    rateLimits: loadedOnFirstCall<RateLimits>(async () => (await import('#functions/data/rate-limits.ts')).rateLimits),
    auditLog: loadedOnFirstCall<AuditLog>(async () => (await import('#functions/data/audit.ts')).auditLog),
    themes: loadedOnFirstCall<ThemesRepository>(
      async () => (await import('#functions/data/themes.ts')).themesRepository,
    ),
    sessions: loadedOnFirstCall<SessionsRepository>(
      async () => (await import('#functions/data/sessions.ts')).sessionsRepository,
    ),
    guests: loadedOnFirstCall<GuestsRepository>(
      async () => (await import('#functions/data/guests.ts')).guestsRepository,
    ),
    documents: loadedOnFirstCall<DocumentsRepository>(
      async () => (await import('#functions/data/documents.ts')).documentsRepository,
    ),
    files: loadedOnFirstCall<FileStore>(async () => (await import('#functions/data/files.ts')).files),
    outcomes: loadedOnFirstCall<OutcomesRepository>(
      async () => (await import('#functions/data/outcomes.ts')).outcomesRepository,
    ),
    subscriptions: loadedOnFirstCall<Subscriptions>(
      async () => (await import('#functions/data/subscriptions.ts')).subscriptions,
    ),
    recommendations: loadedOnFirstCall<RecommendationsRepository>(
      async () => (await import('#functions/data/recommendations.ts')).recommendationsRepository,
    ),
    rounds: loadedOnFirstCall<RoundsRepository>(
      async () => (await import('#functions/data/rounds.ts')).roundsRepository,
    ),
    mailer: loadedOnFirstCall<Mailer>(async () => (await import('#functions/data/mail.ts')).sesMailer),
    outbox: loadedOnFirstCall<Outbox>(async () => (await import('#functions/data/outbox.ts')).outbox),
    mailSuppressions: loadedOnFirstCall<MailSuppressions>(
      async () => (await import('#functions/data/mail-suppressions.ts')).mailSuppressions,
    ),
    idempotency: loadedOnFirstCall<IdempotencyKeys>(
      async () => (await import('#functions/data/idempotency.ts')).idempotencyKeys,
    ),
    // CloudFront's cache where a distribution is configured; else nothing keeps public answers.
    edgeCache: loadedOnFirstCall<EdgeCache>(async () => {
      const { cloudFrontCache, nothingToInvalidate } = await import('#functions/data/edge-cache.ts');
      const distributionId = config().EDGE_DISTRIBUTION_ID;
      return distributionId === undefined ? nothingToInvalidate : cloudFrontCache(distributionId);
    }),
    portalOrigin: config().PORTAL_ORIGIN,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
