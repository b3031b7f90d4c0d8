import { invalidationPath, type PublicAnswerName } from '#shared/public-answers.ts';
import type { Session } from '#shared/schemas/session.ts';
import type { DomainDeps } from './deps.ts';

/**
 * Which public answers (shared/public-answers.ts) a saved change makes stale, and the request to
 * the edge to drop them (ARCHITECTURE.md, "Public reads from the edge"). Called after the change
 * is written: the edge cache never fails it.
 */
export async function dropStaleAnswers(
  deps: Pick<DomainDeps, 'edgeCache'>,
  stale: readonly PublicAnswerName[],
): Promise<void> {
  if (stale.length > 0) await deps.edgeCache.invalidate(stale.map(invalidationPath));
}

/**
 * A public outcome, published or corrected: it is in the catalog and its search, the catalog's
 * years, the exports, the feed and the sitemap. Members-only outcomes are in none of them.
 */
export function outcomeAnswers(visibility: 'public' | 'members' | null | undefined): PublicAnswerName[] {
  return (visibility ?? 'public') === 'public'
    ? ['catalog', 'catalogYears', 'jsonExport', 'csvExport', 'feed', 'sitemap']
    : [];
}

/**
 * A public recommendation's new status: the outcome exports carry each recommendation's status
 * and latest change (the recommendations' own exports are not kept at the edge).
 */
export function recommendationAnswers(visibility: 'public' | 'members'): PublicAnswerName[] {
  return visibility === 'public' ? ['jsonExport', 'csvExport'] : [];
}

/** What the public calendar shows of a session (functions/domain/calendar.ts). */
const calendarFields = ['theme', 'title', 'summary', 'startsAt', 'endsAt', 'venue', 'onlineUrl'] as const;

/** The public calendar lists public sessions past draft, cancelled ones marked so. */
const inCalendar = (session: Pick<Session, 'status' | 'visibility'>) =>
  session.status !== 'draft' && session.visibility === 'public';

/**
 * A session's change of state or content: the public calendar changes where the session enters
 * it, leaves it, or changes as it shows there (a held session looks like a scheduled one;
 * publishing its outcomes changes the outcome answers, not the calendar).
 */
export function sessionAnswers(
  before: Session,
  after: Session,
  changedFields: readonly string[] = [],
): PublicAnswerName[] {
  if (!inCalendar(before) && !inCalendar(after)) return [];
  const shown =
    inCalendar(before) !== inCalendar(after) ||
    (before.status === 'cancelled') !== (after.status === 'cancelled') ||
    changedFields.some((field) => (calendarFields as readonly string[]).includes(field));
  return shown ? ['calendar'] : [];
}

/**
 * A theme: a new one is a new page in the sitemap and a new entry of the list; a renamed or
 * redescribed one also changes the names the feed and the calendar print beside its outcomes
 * and sessions.
 */
export function themeAnswers(change: 'created' | 'updated'): PublicAnswerName[] {
  return change === 'created' ? ['themes', 'sitemap'] : ['themes', 'sitemap', 'feed', 'calendar'];
}
