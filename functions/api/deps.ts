import { config } from '#functions/config.ts';
import { auditLog } from '#functions/data/audit.ts';
import { documentsRepository } from '#functions/data/documents.ts';
import { files } from '#functions/data/files.ts';
import { healthProbes } from '#functions/data/health.ts';
import { logins } from '#functions/data/logins.ts';
import { sesMailer } from '#functions/data/mail.ts';
import { membersRepository } from '#functions/data/members.ts';
import { outcomesRepository } from '#functions/data/outcomes.ts';
import { rateLimits } from '#functions/data/rate-limits.ts';
import { sessionsRepository } from '#functions/data/sessions.ts';
import { signInLinks } from '#functions/data/sign-in-links.ts';
import { subscriptions } from '#functions/data/subscriptions.ts';
import { themesRepository } from '#functions/data/themes.ts';
import type { AppDeps } from './env.ts';

/** The production wiring: real data modules, the system clock, the configured origin. */
export function defaultDeps(): AppDeps {
  return {
    health: healthProbes,
    members: membersRepository,
    signInLinks,
    logins,
    rateLimits,
    auditLog,
    themes: themesRepository,
    sessions: sessionsRepository,
    documents: documentsRepository,
    files,
    outcomes: outcomesRepository,
    subscriptions,
    mailer: sesMailer,
    portalOrigin: config().PORTAL_ORIGIN,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
