import type { MailSuppressions } from '#functions/data/mail-suppressions.ts';
import type { Outbox } from '#functions/data/outbox.ts';
import type { DomainDeps } from './deps.ts';

/** How fast the mail worker sends (ARCHITECTURE.md, "Mail outbox"): within SES's quota. */
export interface MailRate {
  /** Starts of sends per second for one worker; 0 sends as fast as SES answers. */
  perSecond: number;
  /** Sends in flight at once. */
  lanes: number;
  /** The first wait after SES throttles; doubled each time it throttles again. */
  backoffMs: number;
  /** At most this many sends in one pass; the rest go in the next (the stream hands it over again). */
  sendsPerPass: number;
}

export type MailDeps = Pick<
  DomainDeps,
  | 'members'
  | 'sessions'
  | 'guests'
  | 'subscriptions'
  | 'themes'
  | 'rounds'
  | 'mailer'
  | 'portalOrigin'
  | 'now'
  | 'sleep'
> & { outbox: Outbox; mailSuppressions: MailSuppressions; mailRate: MailRate };
