import { NotFound } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type {
  FollowedRecommendation,
  RecommendationDetail,
  RecommendationStatus,
} from '#shared/schemas/recommendation.ts';
import type { DomainDeps } from './deps.ts';

/**
 * Recommendations followed through (ARCHITECTURE.md, "Recommendations followed through"): every
 * numbered recommendation of a published outcome has a record of its own, with a status and a
 * dated history. Its id is `<sessionId>-<number>`, so a correction that keeps the number keeps
 * the record and its history; a number a correction drops is withdrawn (no longer listed).
 */
type Actor = Member | undefined;

/** An outcome holds at most 100 recommendations (shared/schemas/outcome.ts). */
const maxRecommendations = 100;

export const recommendationId = (sessionId: string, number: number) => `${sessionId}-${number}`;

/** The statuses a monitoring round asks about by default: those still open. */
export const openStatuses: readonly RecommendationStatus[] = ['not-started', 'in-progress'];

const sameFollowed = (a: FollowedRecommendation, b: FollowedRecommendation) =>
  JSON.stringify([a.text, a.addressees, a.theme, a.sessionTitle, a.visibility, a.publishedAt, a.withdrawn]) ===
  JSON.stringify([b.text, b.addressees, b.theme, b.sessionTitle, b.visibility, b.publishedAt, b.withdrawn]);

/**
 * Brings a session's followed recommendations in line with its published outcome: after the
 * publication and after every correction. Idempotent, so running it again settles what a failed
 * run left.
 */
export async function followRecommendations(
  deps: Pick<DomainDeps, 'outcomes' | 'recommendations' | 'now'>,
  sessionId: string,
): Promise<{ created: number; changed: number; withdrawn: number }> {
  const counts = { created: 0, changed: 0, withdrawn: 0 };
  const entry = await deps.outcomes.catalogEntry(sessionId);
  if (!entry) return counts;
  const ids = Array.from({ length: maxRecommendations }, (_, i) => recommendationId(sessionId, i + 1));
  const existing = new Map((await deps.recommendations.getMany(ids)).map((record) => [record.id, record]));
  const now = deps.now().toISOString();
  const wanted = entry.content.recommendations;
  for (const [index, recommendation] of wanted.entries()) {
    const id = recommendationId(sessionId, index + 1);
    const before = existing.get(id);
    const after: FollowedRecommendation = {
      id,
      sessionId,
      number: index + 1,
      theme: entry.theme,
      sessionTitle: entry.title,
      text: recommendation.text,
      addressees: recommendation.addressees,
      visibility: entry.visibility,
      status: before?.status ?? 'not-started',
      latestChange: before?.latestChange ?? null,
      publishedAt: entry.publishedAt,
      withdrawn: false,
      updatedAt: now,
      version: (before?.version ?? 0) + 1,
    };
    if (before && sameFollowed(before, after)) continue;
    await deps.recommendations.save(before, after);
    counts[before ? 'changed' : 'created'] += 1;
  }
  for (const record of existing.values()) {
    if (record.number <= wanted.length || record.withdrawn) continue;
    await deps.recommendations.save(record, {
      ...record,
      withdrawn: true,
      updatedAt: now,
      version: record.version + 1,
    });
    counts.withdrawn += 1;
  }
  return counts;
}

/** A recommendation with its history: members-only outcomes' recommendations are for members. */
export async function getRecommendation(
  deps: Pick<DomainDeps, 'recommendations'>,
  actor: Actor,
  id: string,
): Promise<RecommendationDetail> {
  const { record, history } = await deps.recommendations.getWithHistory(id);
  if (!record || (record.visibility === 'members' && !actor)) throw new NotFound('No such recommendation.');
  return { ...record, history };
}

export async function listRecommendations(
  deps: Pick<DomainDeps, 'recommendations'>,
  actor: Actor,
  query: { status?: RecommendationStatus; theme?: string; limit: number; cursor?: string },
) {
  return deps.recommendations.list({ ...query, publicOnly: !actor });
}

/** Every listed recommendation, newest first; `publicOnly` for the open-data exports. */
export async function allRecommendations(
  deps: Pick<DomainDeps, 'recommendations'>,
  options: { publicOnly: boolean; max?: number },
): Promise<FollowedRecommendation[]> {
  const max = options.max ?? 100_000;
  const all: FollowedRecommendation[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.recommendations.list({ limit: 100, cursor, publicOnly: options.publicOnly });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && all.length < max);
  return all.slice(0, max);
}
