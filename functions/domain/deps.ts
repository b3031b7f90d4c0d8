import type { AuditLog } from '#functions/data/audit.ts';
import type { DocumentsRepository } from '#functions/data/documents.ts';
import type { EdgeCache } from '#functions/data/edge-cache.ts';
import type { FileStore } from '#functions/data/files.ts';
import type { GuestsRepository } from '#functions/data/guests.ts';
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

/** What the use cases need from the outside world; tests hand in the local stack or mocks. */
export interface DomainDeps {
  members: MembersRepository;
  signInLinks: SignInLinks;
  logins: Logins;
  rateLimits: RateLimits;
  auditLog: AuditLog;
  themes: ThemesRepository;
  sessions: SessionsRepository;
  guests: GuestsRepository;
  documents: DocumentsRepository;
  files: FileStore;
  outcomes: OutcomesRepository;
  subscriptions: Subscriptions;
  recommendations: RecommendationsRepository;
  rounds: RoundsRepository;
  /** Sends one email now: only for the sign-in link someone is waiting for; the rest goes through the outbox. */
  mailer: Mailer;
  outbox: Outbox;
  mailSuppressions: MailSuppressions;
  /** The edge's copies of the public answers, which a change makes stale (ARCHITECTURE.md, "Public reads from the edge"). */
  edgeCache: EdgeCache;
  /** The portal's public origin, for links in emails. */
  portalOrigin: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}
