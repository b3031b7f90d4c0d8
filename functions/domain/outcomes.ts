import type { StoredCatalogEntry, StoredOutcome, StoredRevision } from '#functions/data/outcomes.ts';
import {
  Conflict,
  type FieldError,
  NotFound,
  PreconditionFailed,
  PreconditionRequired,
  ValidationFailed,
} from '#functions/errors.ts';
import { createLogger } from '#functions/log.ts';
import { countMetric } from '#functions/metrics.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Outcome, OutcomeContent, PublishOutcome, SaveOutcome } from '#shared/schemas/outcome.ts';
import { searchWords } from '#shared/text/fold.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { dropStaleAnswers, outcomeAnswers } from './edge-invalidation.ts';
import { outboxMessage } from './mail-messages.ts';
import { present } from './outcome-reads.ts';
import { followRecommendations } from './recommendations.ts';
import { type RecordFailure, walkRecords } from './record-walk.ts';
import { indexTerms } from './stemming.ts';

const log = createLogger({ component: 'outcomes' });

/**
 * After a publication or correction, each numbered recommendation gets (or keeps) its followed
 * record (ARCHITECTURE.md, "Recommendations followed through"). The outcome is committed by then,
 * so a failure here must not answer as if the publication failed; the step is idempotent and
 * runs again with the next correction. The failure is logged and counted (metric
 * RecommendationFollowFailed), so that someone learns of recommendations left unfollowed.
 */
async function followAfterPublishing(deps: OutcomeDeps, sessionId: string): Promise<void> {
  try {
    await followRecommendations(deps, sessionId);
  } catch (error) {
    countMetric('RecommendationFollowFailed');
    log.error('Published outcomes whose recommendations are not followed yet; the next correction retries', {
      sessionId,
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
    });
  }
}

type OutcomeDeps = Pick<
  DomainDeps,
  | 'outcomes'
  | 'sessions'
  | 'documents'
  | 'themes'
  | 'now'
  | 'subscriptions'
  | 'mailer'
  | 'portalOrigin'
  | 'edgeCache'
  | 'recommendations'
>;

async function checkDocuments(deps: OutcomeDeps, ids: string[]) {
  const problems: FieldError[] = [];
  for (const [index, id] of ids.entries()) {
    const document = await deps.documents.get(id);
    if (document?.status !== 'available')
      problems.push({ field: `documents.${index}`, code: 'unknown-document', message: 'No such available document.' });
    else if (document.visibility !== 'public')
      problems.push({
        field: `documents.${index}`,
        code: 'document-not-public',
        message: 'Outcomes link public documents only; make it public first.',
      });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
}

/**
 * The words an outcome is found by: every folded word of its texts and every stem of it, with
 * each language's own stemmer (ARCHITECTURE.md, "Search"); theme names are stemmed both ways.
 */
export function termsOf(entry: Pick<StoredCatalogEntry, 'title' | 'content'>, themeNames: string[]): string[] {
  const words = (texts: string[]) => searchWords(texts.join(' ')).filter((word) => word.length >= 2);
  const inLanguage = (language: 'az' | 'en') => [
    entry.title[language],
    entry.content.summary[language],
    ...entry.content.recommendations.map((recommendation) => recommendation.text[language]),
  ];
  return [
    ...new Set([
      ...indexTerms(words(inLanguage('az')), 'az'),
      ...indexTerms(words(inLanguage('en')), 'en'),
      ...indexTerms(words(themeNames), 'both'),
    ]),
  ].slice(0, 3000);
}

/** A correction says what it changed in both languages, as everything published is written. */
function assertNoteInBothLanguages(note: SaveOutcome['note']): void {
  if (!note) {
    throw new ValidationFailed([{ field: 'note', code: 'required', message: 'Say what the correction changes.' }]);
  }
  const missing = (['az', 'en'] as const).filter((language) => note[language].length === 0);
  if (missing.length > 0) {
    throw new ValidationFailed(
      missing.map((language) => ({
        field: `note.${language}`,
        code: 'required',
        message: 'Say what the correction changes, in both languages.',
      })),
    );
  }
}

/**
 * Saves outcomes: while a draft, every save is a revision; once published, a save is a
 * correction, which needs a note, stays public at once and keeps the history.
 */
export async function saveOutcome(
  deps: OutcomeDeps,
  actor: Member,
  sessionId: string,
  input: SaveOutcome,
  expectedVersion: number | undefined,
): Promise<Outcome> {
  const session = await deps.sessions.get(sessionId);
  if (!session) throw new NotFound('No such session.');
  if (session.status !== 'held' && session.status !== 'published') {
    throw new Conflict('session-not-held', 'Outcomes are written once the session has been held.');
  }
  const { outcome: before, revisions } = await deps.outcomes.getWithRevisions(sessionId);
  if (before && expectedVersion === undefined) throw new PreconditionRequired();
  if (before && before.version !== expectedVersion) throw new PreconditionFailed();
  await checkDocuments(deps, input.documents);
  const correcting = before?.status === 'published';
  if (correcting) assertNoteInBothLanguages(input.note);
  const now = deps.now().toISOString();
  const content: OutcomeContent = {
    summary: input.summary,
    recommendations: input.recommendations,
    documents: input.documents,
  };
  const number = (before?.revision ?? 0) + 1;
  const after: StoredOutcome = {
    sessionId,
    status: before?.status ?? 'draft',
    visibility: before?.visibility ?? null,
    ...content,
    attendance: before?.attendance ?? null,
    publishedAt: before?.publishedAt ?? null,
    correctedAt: correcting ? now : (before?.correctedAt ?? null),
    revision: number,
    updatedAt: now,
    version: (before?.version ?? 0) + 1,
  };
  const revision: StoredRevision = {
    ...content,
    revision: number,
    kind: correcting ? 'correction' : 'draft',
    authorId: actor.id,
    authorName: actor.name,
    at: now,
    note: input.note ?? null,
  };
  if (correcting && before) {
    const previous = await deps.outcomes.catalogEntry(sessionId);
    const theme = await deps.themes.get(session.theme);
    const entry = catalogEntry(session, after, theme ? [theme.name.az, theme.name.en] : []);
    await deps.outcomes.correct(
      { before, after },
      revision,
      entry,
      previous?.terms ?? [],
      auditEvent(
        deps.now(),
        actor,
        'outcome.corrected',
        { type: 'session', id: sessionId },
        input.note ? `${input.note.az} / ${input.note.en}` : '',
      ),
    );
    await dropStaleAnswers(deps, outcomeAnswers(after.visibility));
    await followAfterPublishing(deps, sessionId);
  } else {
    await deps.outcomes.saveDraft(
      before,
      after,
      revision,
      auditEvent(deps.now(), actor, 'outcome.saved', { type: 'session', id: sessionId }, `Draft revision ${number}`),
    );
  }
  return present(after, [...revisions, revision], actor);
}

function catalogEntry(
  session: { id: string; theme: string; title: { az: string; en: string }; startsAt: string; venue?: string },
  outcome: StoredOutcome,
  themeNames: string[],
): StoredCatalogEntry {
  const content = { summary: outcome.summary, recommendations: outcome.recommendations, documents: outcome.documents };
  const visibility = outcome.visibility ?? 'public';
  const entry = {
    sessionId: session.id,
    theme: session.theme,
    title: session.title,
    summary: outcome.summary,
    sessionStartsAt: session.startsAt,
    venue: session.venue ?? null,
    publishedAt: outcome.publishedAt ?? outcome.updatedAt,
    correctedAt: outcome.correctedAt,
    recommendations: outcome.recommendations.length,
    content,
    attendance: outcome.attendance,
    visibility,
  };
  // Members-only outcomes are never in the public word index (ARCHITECTURE.md, "Search").
  return { ...entry, terms: visibility === 'public' ? termsOf(entry, themeNames) : [] };
}

/**
 * Publishes a held session's outcomes: the session becomes published, the outcomes readable and
 * locked. They take the session's visibility unless the secretariat chooses otherwise; only
 * public outcomes are announced to the theme's followers.
 */
export async function publishOutcome(
  deps: OutcomeDeps,
  actor: Member,
  sessionId: string,
  input: PublishOutcome = {},
): Promise<Outcome> {
  const { session, rsvps } = await deps.sessions.getWithRsvps(sessionId);
  if (!session) throw new NotFound('No such session.');
  const { outcome, revisions } = await deps.outcomes.getWithRevisions(sessionId);
  if (!outcome) throw new Conflict('no-outcomes', 'Write the outcomes before publishing them.');
  if (outcome.status === 'published' || session.status === 'published') {
    throw new Conflict('already-published', 'These outcomes are published; save a correction instead.');
  }
  if (session.status !== 'held')
    throw new Conflict('session-not-held', 'Only a held session’s outcomes are published.');
  await checkDocuments(deps, outcome.documents);
  const now = deps.now().toISOString();
  const attendedBy = rsvps.filter((rsvp) => rsvp.attended === true);
  const published: StoredOutcome = {
    ...outcome,
    status: 'published',
    visibility: input.visibility ?? session.visibility,
    attendance: { attended: attendedBy.length, organisations: new Set(attendedBy.map((r) => r.organisation)).size },
    publishedAt: now,
    revision: outcome.revision + 1,
    updatedAt: now,
    version: outcome.version + 1,
  };
  const revision: StoredRevision = {
    summary: published.summary,
    recommendations: published.recommendations,
    documents: published.documents,
    revision: published.revision,
    kind: 'published',
    authorId: actor.id,
    authorName: actor.name,
    at: now,
    note: null,
  };
  const theme = await deps.themes.get(session.theme);
  const sessionAfter = { ...session, status: 'published' as const, updatedAt: now, version: session.version + 1 };
  await deps.outcomes.publish(
    { before: session, after: sessionAfter },
    { before: outcome, after: published },
    revision,
    catalogEntry(session, published, theme ? [theme.name.az, theme.name.en] : []),
    auditEvent(
      deps.now(),
      actor,
      'outcome.published',
      { type: 'session', id: sessionId },
      `Published "${session.title.en}"`,
    ),
    // Followers hear of it through the outbox, written with the publication (ARCHITECTURE.md, "Mail outbox").
    // Only public outcomes are announced: members-only ones never reach followers (ARCHITECTURE.md).
    published.visibility === 'public'
      ? [outboxMessage('follower-news', 'followers', sessionAfter, deps.now(), { news: 'published' })]
      : [],
  );
  await dropStaleAnswers(deps, outcomeAnswers(published.visibility));
  await followAfterPublishing(deps, sessionId);
  return present(published, [...revisions, revision], actor);
}

/** Which marks a postings run settles: all those pending, or those of the given sessions. */
export interface PendingIndexScope {
  sessionIds?: readonly string[];
}

export interface PendingIndexSettlement {
  settled: number;
  skipped: number;
  failed: number;
  failures: RecordFailure[];
}

/**
 * Brings the search terms of published outcomes in line with how `termsOf` finds words today
 * (after a change of stemming, say): each entry whose terms differ gets its new terms and a
 * pending mark in one transaction, and its postings are written at once or, failing that, by the
 * hourly upkeep. Entry by entry, as every job walks records (ARCHITECTURE.md, "Jobs"): one that
 * fails is counted and the rest go on. `sessionIds` limits the run to those entries (a test's
 * own); without it, the whole catalog is walked.
 * `npm run admin -- reindex` runs it.
 */
export async function reindexCatalog(
  deps: Pick<DomainDeps, 'outcomes' | 'themes' | 'now'>,
  scope: { sessionIds?: readonly string[] } = {},
): Promise<{ reindexed: number; unchanged: number; failed: number; failures: RecordFailure[] }> {
  const themeNames = new Map<string, string[]>();
  const namesOf = async (slug: string) => {
    if (!themeNames.has(slug)) {
      const theme = await deps.themes.get(slug);
      themeNames.set(slug, theme ? [theme.name.az, theme.name.en] : []);
    }
    return themeNames.get(slug) ?? [];
  };
  async function* listed(): AsyncIterable<string> {
    if (scope.sessionIds) {
      yield* scope.sessionIds;
      return;
    }
    let cursor: string | undefined;
    do {
      const page = await deps.outcomes.catalog({ limit: 100, cursor, publicOnly: false });
      for (const entry of page.items) yield entry.sessionId;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  const counts = await walkRecords(listed(), String, async (sessionId) => {
    const [entry] = await deps.outcomes.catalogEntries([sessionId]);
    if (!entry) return 'skipped';
    const terms = entry.visibility === 'public' ? termsOf(entry, await namesOf(entry.theme)) : [];
    const same = terms.length === entry.terms.length && terms.every((term, i) => term === entry.terms[i]);
    if (same) return 'skipped';
    await deps.outcomes.replaceTerms(entry, terms, deps.now().toISOString());
    return 'done';
  });
  return { reindexed: counts.done, unchanged: counts.skipped, failed: counts.failed, failures: counts.failures };
}

/**
 * Writes the search postings that a publication or correction could not write at the time
 * (see data/outcomes.ts), so that every published outcome is found by its words. Hourly. A
 * session marked again while its postings were written is settled again with its newer words.
 */
export async function settlePendingIndexes(
  deps: Pick<DomainDeps, 'outcomes'>,
  scope: PendingIndexScope = {},
): Promise<PendingIndexSettlement> {
  const sessionIds = scope.sessionIds ?? (await deps.outcomes.pendingIndexes());
  const { done, skipped, failed, failures } = await walkRecords(
    sessionIds,
    (sessionId) => sessionId,
    async (sessionId) => {
      const settlement = await deps.outcomes.settleIndex(sessionId);
      return settlement === 'settled' ? 'done' : settlement === 'unmarked' ? 'skipped' : 'changed';
    },
  );
  return { settled: done, skipped, failed, failures };
}
