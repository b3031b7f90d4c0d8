// The outcomes as their readers see them: one session's outcomes, the catalog and its years, and
// every public outcome for the exports. Apart from the writes (outcomes.ts), so a visitor's first
// request compiles none of them (ARCHITECTURE.md, "Request flow").
import type { StoredCatalogEntry, StoredOutcome, StoredRevision } from '#functions/data/outcomes.ts';
import { NotFound, ValidationFailed } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { CatalogYears, Outcome } from '#shared/schemas/outcome.ts';
import { searchWords } from '#shared/text/fold.ts';
import type { DomainDeps } from './deps.ts';

type Actor = Member | undefined;

const isSecretariat = (actor: Actor) => actor?.role === 'secretariat';

/** An outcome as its reader sees it: drafts among its revisions only for the secretariat. */
export function present(outcome: StoredOutcome, revisions: StoredRevision[], actor: Actor): Outcome {
  const shown = isSecretariat(actor) ? revisions : revisions.filter((revision) => revision.kind !== 'draft');
  return {
    sessionId: outcome.sessionId,
    status: outcome.status,
    visibility: outcome.status === 'published' ? (outcome.visibility ?? 'public') : null,
    summary: outcome.summary,
    recommendations: outcome.recommendations,
    documents: outcome.documents,
    attendance: outcome.attendance,
    publishedAt: outcome.publishedAt,
    correctedAt: outcome.correctedAt,
    revisions: shown.map(({ revision, kind, authorName, at, note }) => ({ revision, kind, authorName, at, note })),
    updatedAt: outcome.updatedAt,
    version: outcome.version,
  };
}

/** Published outcomes are for those they were published for; drafts are the secretariat's. */
export async function getOutcome(
  deps: Pick<DomainDeps, 'outcomes'>,
  actor: Actor,
  sessionId: string,
): Promise<Outcome> {
  const { outcome, revisions } = await deps.outcomes.getWithRevisions(sessionId);
  if (!outcome || (outcome.status === 'draft' && !isSecretariat(actor))) throw new NotFound('No outcomes here (yet).');
  if (outcome.visibility === 'members' && !actor) throw new NotFound('No outcomes here (yet).');
  return present(outcome, revisions, actor);
}

/**
 * The outcomes the secretariat's editor opens: as written so far, or null while none are, which
 * is how every held session starts (not an error); an unknown session is.
 */
export async function outcomeForEditing(
  deps: Pick<DomainDeps, 'outcomes' | 'sessions'>,
  actor: Member,
  sessionId: string,
): Promise<Outcome | null> {
  const [session, { outcome, revisions }] = await Promise.all([
    deps.sessions.get(sessionId),
    deps.outcomes.getWithRevisions(sessionId),
  ]);
  if (!session) throw new NotFound('No such session.');
  return outcome ? present(outcome, revisions, actor) : null;
}

const offsetCursor = {
  encode: (offset: number) => Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url'),
  decode(cursor: string | undefined): number {
    if (!cursor) return 0;
    try {
      const { offset } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset: unknown };
      if (Number.isInteger(offset) && (offset as number) >= 0) return offset as number;
    } catch {
      // falls through
    }
    throw new ValidationFailed([
      { field: 'query.cursor', code: 'unknown-cursor', message: 'Not a cursor this API gave out.' },
    ]);
  },
};

export interface CatalogSearch {
  theme?: string;
  year?: number;
  q?: string;
  limit: number;
  cursor?: string;
}

/**
 * The public catalog, newest first. With words, each word's postings are read (a Query per
 * prefix of the word: itself or its stems, over the terms that start with it) and intersected;
 * only the page's entries are fetched.
 */
export async function searchCatalog(deps: Pick<DomainDeps, 'outcomes'>, actor: Actor, query: CatalogSearch) {
  const words = query.q ? searchWords(query.q).filter((word) => word.length >= 2) : [];
  if (words.length === 0) {
    // Members also see members-only outcomes in the catalog; words find public outcomes only.
    const page = await deps.outcomes.catalog({ ...query, publicOnly: !actor });
    return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
  }
  const postings = await Promise.all(words.map((word) => postingsOfWord(deps, word)));
  const [first, ...rest] = postings.sort((a, b) => a.size - b.size);
  const matches = [...(first ?? new Map<string, string>())]
    .filter(([id]) => rest.every((other) => other.has(id)))
    .filter(([, publishedAt]) => !query.year || publishedAt.startsWith(String(query.year)))
    .sort((a, b) => (a[1] < b[1] ? 1 : -1))
    .map(([id]) => id);
  const items: StoredCatalogEntry[] = [];
  let offset = offsetCursor.decode(query.cursor);
  while (items.length < query.limit && offset < matches.length) {
    const batch = matches.slice(offset, offset + query.limit - items.length);
    offset += batch.length;
    const entries = await deps.outcomes.catalogEntries(batch);
    items.push(...entries.filter((entry) => !query.theme || entry.theme === query.theme));
  }
  return { items: items.map(toSummary), nextCursor: offset < matches.length ? offsetCursor.encode(offset) : null };
}

/**
 * The years the catalog's year filter offers: those with outcomes the caller may read (members
 * also members-only ones, as the catalog lists them), derived from the catalog itself.
 */
export async function catalogYears(deps: Pick<DomainDeps, 'outcomes'>, actor: Actor): Promise<CatalogYears> {
  return { years: await deps.outcomes.catalogYears(!actor) };
}

/** The sessions a searched word finds: the union of its prefixes' postings (word and stems). */
async function postingsOfWord(deps: Pick<DomainDeps, 'outcomes'>, word: string): Promise<Map<string, string>> {
  // The stemmers load only for a search with words, not for the catalog's first page.
  const { queryPrefixes } = await import('./stemming.ts');
  const found = await Promise.all(queryPrefixes(word).map((prefix) => deps.outcomes.postings(prefix)));
  return new Map(found.flatMap((postings) => [...postings]));
}

function toSummary(entry: StoredCatalogEntry) {
  const { content: _content, attendance: _attendance, terms: _terms, ...summary } = entry;
  return summary;
}

/**
 * Every public outcome, newest first, for the open-data exports, the feed and the sitemap:
 * members-only outcomes are never in them.
 */
export async function allPublished(deps: Pick<DomainDeps, 'outcomes'>, max = 100_000): Promise<StoredCatalogEntry[]> {
  const entries: StoredCatalogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.outcomes.catalog({ limit: 100, cursor, publicOnly: true });
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && entries.length < max);
  return entries.slice(0, max);
}
