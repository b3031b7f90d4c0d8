import type { StoredCatalogEntry } from '#functions/data/outcomes.ts';
import type { FollowedRecommendation } from '#shared/schemas/recommendation.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { inBakuTime } from './baku-time.ts';
import { toCsv } from './csv.ts';
import type { DomainDeps } from './deps.ts';
import { escapeMarkup as xml } from './markup.ts';
import { allPublished } from './outcome-reads.ts';
import { allRecommendations, recommendationId } from './recommendations.ts';

/**
 * What the portal publishes as files: the Atom feed, the sitemap and the open-data exports.
 * Routes only set the headers (ARCHITECTURE.md, "Code map").
 */
type FeedDeps = Pick<DomainDeps, 'outcomes' | 'themes' | 'portalOrigin'>;
type ExportDeps = FeedDeps & Pick<DomainDeps, 'recommendations'>;

/** The followed records of public recommendations, by id: where each stands (ARCHITECTURE.md, "Recommendations followed through"). */
export type FollowedById = ReadonlyMap<string, FollowedRecommendation>;

async function followedById(deps: Pick<DomainDeps, 'recommendations'>): Promise<FollowedById> {
  const records = await allRecommendations(deps, { publicOnly: true });
  return new Map(records.map((record) => [record.id, record]));
}

/**
 * Where a published recommendation stands: its followed record's status and latest change. A
 * recommendation whose record is not written yet (ARCHITECTURE.md, "Recommendations followed
 * through") stands where every one starts, not started and unchanged.
 */
function standing(followed: FollowedById, sessionId: string, number: number) {
  const id = recommendationId(sessionId, number);
  const record = followed.get(id);
  return { id, status: record?.status ?? 'not-started', latestChange: record?.latestChange ?? null };
}

const outcomeUrl = (portalOrigin: string, sessionId: string) => `${portalOrigin}/outcomes/${sessionId}`;

/** How many outcomes the feed carries: readers poll it, and want the news, not the archive. */
const feedLength = 50;
/**
 * A sitemap file holds at most 50,000 URLs: this many outcomes, recommendations and closed
 * rounds, and the rest of the room is the fixed pages and themes.
 */
const sitemapOutcomes = 20_000;
const sitemapRecommendations = 28_000;
const sitemapRounds = 1_000;

export async function outcomesFeedFile(deps: FeedDeps): Promise<string> {
  const [themes, entries] = await Promise.all([deps.themes.list(), allPublished(deps, feedLength)]);
  return outcomesFeed(entries, deps.portalOrigin, new Map(themes.map((theme) => [theme.slug, theme])));
}

/** An Atom 1.0 feed of newly published outcomes (RFC 4287), bilingual like the portal. */
export function outcomesFeed(entries: StoredCatalogEntry[], portalOrigin: string, themes: Map<string, Theme>): string {
  const updated = entries[0]?.correctedAt ?? entries[0]?.publishedAt ?? '2013-02-01T00:00:00.000Z';
  const items = entries.map((entry) => {
    const link = outcomeUrl(portalOrigin, entry.sessionId);
    const theme = themes.get(entry.theme);
    return [
      '  <entry>',
      `    <id>urn:bhr-portal:outcome:${xml(entry.sessionId)}</id>`,
      `    <title>${xml(`${entry.title.az} / ${entry.title.en}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <published>${xml(entry.publishedAt)}</published>`,
      `    <updated>${xml(entry.correctedAt ?? entry.publishedAt)}</updated>`,
      theme ? `    <category term="${xml(theme.slug)}" label="${xml(`${theme.name.az} / ${theme.name.en}`)}"/>` : '',
      `    <summary type="text">${xml(`${entry.summary.az}\n\n${entry.summary.en}`)}</summary>`,
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="az">',
    '  <id>urn:bhr-portal:outcomes</id>',
    '  <title>Biznes və insan hüquqları işçi qrupu: nəticələr / Business and Human Rights working group: outcomes</title>',
    `  <link rel="self" type="application/atom+xml" href="${xml(`${portalOrigin}/api/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${portalOrigin}/outcomes`)}"/>`,
    `  <updated>${xml(updated)}</updated>`,
    '  <author><name>İnsan Hüquqları üzrə Müvəkkil (Ombudsman) Aparatı</name></author>',
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * The columns of the CSV export, one row per recommendation (a row with none for outcomes
 * without). Dates are in Baku time with their offset, as every page shows them.
 */
export const csvColumns = [
  'session_id',
  'theme',
  'session_date',
  'published_at',
  'corrected_at',
  'title_az',
  'title_en',
  'summary_az',
  'summary_en',
  'recommendation_number',
  'recommendation_az',
  'recommendation_en',
  'addressees',
  'recommendation_status',
  'recommendation_latest_change_at',
  'attended',
  'url',
] as const;

export function outcomesCsv(entries: StoredCatalogEntry[], portalOrigin: string, followed: FollowedById): string {
  const rows = entries.flatMap((entry) => {
    const base = [
      entry.sessionId,
      entry.theme,
      inBakuTime(entry.sessionStartsAt),
      inBakuTime(entry.publishedAt),
      inBakuTime(entry.correctedAt),
      entry.title.az,
      entry.title.en,
      entry.summary.az,
      entry.summary.en,
    ];
    const tail = [entry.attendance?.attended ?? null, outcomeUrl(portalOrigin, entry.sessionId)];
    const recommendations = entry.content.recommendations;
    if (recommendations.length === 0) return [[...base, null, null, null, null, null, null, ...tail]];
    return recommendations.map((r, i) => {
      const { status, latestChange } = standing(followed, entry.sessionId, i + 1);
      const latestAt = inBakuTime(latestChange?.at ?? null);
      return [...base, i + 1, r.text.az, r.text.en, r.addressees.join(';'), status, latestAt, ...tail];
    });
  });
  return toCsv(csvColumns, rows);
}

export async function outcomesCsvFile(deps: ExportDeps): Promise<string> {
  const [entries, followed] = await Promise.all([allPublished(deps), followedById(deps)]);
  return outcomesCsv(entries, deps.portalOrigin, followed);
}

/**
 * The JSON export: every published outcome with its numbered recommendations, each with where it
 * stands (status and latest change), dates in Baku time.
 */
export function outcomesExport(entries: StoredCatalogEntry[], portalOrigin: string, followed: FollowedById) {
  return entries.map((entry) => ({
    sessionId: entry.sessionId,
    theme: entry.theme,
    sessionStartsAt: inBakuTime(entry.sessionStartsAt),
    publishedAt: inBakuTime(entry.publishedAt),
    correctedAt: inBakuTime(entry.correctedAt),
    title: entry.title,
    summary: entry.summary,
    recommendations: entry.content.recommendations.map((r, i) => {
      const { id, status, latestChange } = standing(followed, entry.sessionId, i + 1);
      return {
        number: i + 1,
        ...r,
        id,
        status,
        latestChange: latestChange
          ? { at: inBakuTime(latestChange.at) ?? latestChange.at, kind: latestChange.kind }
          : null,
      };
    }),
    attendance: entry.attendance,
    documents: entry.content.documents,
    url: outcomeUrl(portalOrigin, entry.sessionId),
  }));
}

export async function outcomesExportFile(deps: ExportDeps) {
  const [entries, followed] = await Promise.all([allPublished(deps), followedById(deps)]);
  return { items: outcomesExport(entries, deps.portalOrigin, followed) };
}

/** A page the sitemap names, with its last change where known. */
export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/**
 * The public pages for search engines (sitemaps.org 0.9): fixed pages, themes, published
 * outcomes, and the recommendations followed through and closed monitoring rounds (`followed`).
 */
export function sitemap(
  themes: Theme[],
  entries: StoredCatalogEntry[],
  portalOrigin: string,
  followed: SitemapPage[] = [],
): string {
  const urls: SitemapPage[] = [
    { path: '/' },
    { path: '/outcomes' },
    { path: '/sessions' },
    { path: '/documents' },
    { path: '/recommendations' },
    { path: '/rounds' },
    { path: '/follow' },
    ...themes.map((theme) => ({ path: `/themes/${theme.slug}`, lastmod: theme.updatedAt })),
    ...entries.map((entry) => ({
      path: `/outcomes/${entry.sessionId}`,
      lastmod: entry.correctedAt ?? entry.publishedAt,
    })),
    ...followed,
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (url) =>
        `  <url><loc>${xml(`${portalOrigin}${url.path}`)}</loc>${url.lastmod ? `<lastmod>${xml(url.lastmod)}</lastmod>` : ''}</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}

/** The pages of public recommendations, and of closed rounds (an open one's results are not out yet). */
async function followedPages(deps: Pick<DomainDeps, 'recommendations' | 'rounds'>): Promise<SitemapPage[]> {
  const recommendations = await allRecommendations(deps, { publicOnly: true, max: sitemapRecommendations });
  const rounds: SitemapPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.rounds.list({ limit: 100, cursor });
    for (const round of page.items) {
      if (round.status === 'closed') rounds.push({ path: `/rounds/${round.id}`, lastmod: round.updatedAt });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rounds.length < sitemapRounds);
  return [
    ...recommendations.map((r) => ({ path: `/recommendations/${r.id}`, lastmod: r.updatedAt })),
    ...rounds.slice(0, sitemapRounds),
  ];
}

export async function sitemapFile(deps: FeedDeps & Pick<DomainDeps, 'recommendations' | 'rounds'>): Promise<string> {
  const [themes, entries, followed] = await Promise.all([
    deps.themes.list(),
    allPublished(deps, sitemapOutcomes),
    followedPages(deps),
  ]);
  return sitemap(themes, entries, deps.portalOrigin, followed);
}
