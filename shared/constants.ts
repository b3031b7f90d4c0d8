/**
 * The fixed values of the portal's vocabulary: enumerations, the time zone, file types. Apart
 * from the schemas (shared/schemas) so that code needing a value (the calendar, the emails, a
 * page's options) never builds a schema to get it (ARCHITECTURE.md, "Routes and their schemas").
 */

export const languages = ['az', 'en'] as const;

/** Sessions happen in Baku: times are entered and shown there, and stored as instants. */
export const sessionTimeZone = 'Asia/Baku';

/** How many items a session's agenda may have (a document's agenda item is a position in it). */
export const maxAgendaItems = 60;

export const sessionStatuses = ['draft', 'scheduled', 'held', 'published', 'cancelled'] as const;
export const transitionTargets = ['scheduled', 'held', 'published', 'cancelled'] as const;
export const visibilities = ['public', 'members'] as const;
export const rsvpAnswers = ['yes', 'no', 'maybe'] as const;

/** What a member or a guest asks for to take part: summed per kind for the secretariat. */
export const accessNeeds = ['signLanguage', 'stepFreeAccess', 'captioning', 'accessibleFormats'] as const;

export const guestStatuses = ['pending', 'confirmed', 'cancelled'] as const;
/** Where the links in a guest's emails lead: the session page with `?guest=<status>`. */
export const guestLinkStatuses = ['confirmed', 'cancelled', 'full', 'closed', 'expired-link', 'invalid-link'] as const;
export type GuestLinkStatus = (typeof guestLinkStatuses)[number];
/** Where the confirmation and unsubscribe links of a follow lead: the follow page with `?status=<status>`. */
export const followStatuses = ['confirmed', 'unsubscribed', 'invalid-link'] as const;
export type FollowStatus = (typeof followStatuses)[number];

export const organisationTypes = [
  'state-body',
  'ngo',
  'trade-union',
  'business',
  'parliament',
  'media',
  'international-organisation',
  'academia',
] as const;
export const roles = ['member', 'secretariat'] as const;
export const memberStatuses = ['invited', 'active', 'deactivated'] as const;

/** To whom a recommendation speaks. */
export const addressees = ['state-bodies', 'businesses', 'trade-unions', 'ngos'] as const;

export const sessionMessageKinds = ['invitation', 'changed', 'cancelled', 'reminder', 'follower-news'] as const;
export type SessionMessageKind = (typeof sessionMessageKinds)[number];
/** Mail about a monitoring round: the request to addressees, the reminder, the results to followers. */
export const roundMessageKinds = ['round-request', 'round-reminder', 'round-results'] as const;
export type RoundMessageKind = (typeof roundMessageKinds)[number];
export const messageKinds = [...sessionMessageKinds, ...roundMessageKinds] as const;
/**
 * pending: to be sent; sending: claimed by a worker (an interrupted claim becomes `unknown`, and is
 * never sent again: at most once); sent; failed (SES refused it); bounced (SES or the recipient's
 * server bounced it, or it complained); suppressed (the address was already marked as bouncing).
 */
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'bounced', 'suppressed', 'unknown'] as const;

/** A message's counts before any delivery is listed. */
export const emptyCounts = { recipients: 0, sent: 0, failed: 0, bounced: 0, notSent: 0, pending: 0 };
