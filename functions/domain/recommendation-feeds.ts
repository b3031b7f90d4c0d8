import type { FollowedRecommendation } from '#shared/schemas/recommendation.ts';
import { inBakuTime } from './baku-time.ts';
import { toCsv } from './csv.ts';
import type { DomainDeps } from './deps.ts';
import { escapeMarkup as xml } from './markup.ts';
import { allRecommendations } from './recommendations.ts';

/**
 * The open data of recommendations followed through: CSV, JSON and Atom, each with the status
 * and the latest change. Public outcomes' recommendations only, as every export.
 */
type FeedDeps = Pick<DomainDeps, 'recommendations' | 'portalOrigin'>;

const recommendationUrl = (portalOrigin: string, id: string) => `${portalOrigin}/recommendations/${id}`;
const feedLength = 50;

export const recommendationCsvColumns = [
  'recommendation_id',
  'session_id',
  'number',
  'theme',
  'recommendation_az',
  'recommendation_en',
  'addressees',
  'status',
  'latest_change_at',
  'latest_change_kind',
  'latest_change_az',
  'latest_change_en',
  'url',
] as const;

export function recommendationsCsv(records: FollowedRecommendation[], portalOrigin: string): string {
  return toCsv(
    recommendationCsvColumns,
    records.map((r) => [
      r.id,
      r.sessionId,
      r.number,
      r.theme,
      r.text.az,
      r.text.en,
      r.addressees.join(';'),
      r.status,
      inBakuTime(r.latestChange?.at ?? null),
      r.latestChange?.kind ?? null,
      r.latestChange?.text.az ?? null,
      r.latestChange?.text.en ?? null,
      recommendationUrl(portalOrigin, r.id),
    ]),
  );
}

export function recommendationsExport(records: FollowedRecommendation[], portalOrigin: string) {
  return records.map((r) => ({
    id: r.id,
    url: recommendationUrl(portalOrigin, r.id),
    sessionId: r.sessionId,
    number: r.number,
    theme: r.theme,
    text: r.text,
    addressees: r.addressees,
    status: r.status,
    latestChange: r.latestChange
      ? { at: inBakuTime(r.latestChange.at) ?? r.latestChange.at, kind: r.latestChange.kind, text: r.latestChange.text }
      : null,
  }));
}

/** An Atom 1.0 feed of the latest changes of status (RFC 4287), newest first. */
export function recommendationsFeed(records: FollowedRecommendation[], portalOrigin: string): string {
  const changed = records
    .filter((r) => r.latestChange)
    .sort((a, b) => ((a.latestChange?.at ?? '') < (b.latestChange?.at ?? '') ? 1 : -1))
    .slice(0, feedLength);
  const updated = changed[0]?.latestChange?.at ?? '2013-02-01T00:00:00.000Z';
  const entries = changed.map((r) => {
    const change = r.latestChange as NonNullable<FollowedRecommendation['latestChange']>;
    return [
      '  <entry>',
      `    <id>urn:bhr-portal:recommendation:${xml(r.id)}:${xml(change.id)}</id>`,
      `    <title>${xml(`${r.number}. ${r.text.az} / ${r.text.en}: ${r.status}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(recommendationUrl(portalOrigin, r.id))}"/>`,
      `    <updated>${xml(change.at)}</updated>`,
      `    <category term="${xml(r.status)}" label="status"/>`,
      `    <category term="${xml(r.theme)}" label="theme"/>`,
      `    <summary type="text">${xml(`${change.from} → ${change.status}\n\n${change.text.az}\n\n${change.text.en}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="az">',
    '  <id>urn:bhr-portal:recommendations</id>',
    '  <title>Tövsiyələrin icrası / Recommendations followed through</title>',
    `  <link rel="self" type="application/atom+xml" href="${xml(`${portalOrigin}/api/recommendations/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${portalOrigin}/recommendations`)}"/>`,
    `  <updated>${xml(updated)}</updated>`,
    '  <author><name>İnsan Hüquqları üzrə Müvəkkil (Ombudsman) Aparatı</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export async function recommendationsCsvFile(deps: FeedDeps) {
  return recommendationsCsv(await allRecommendations(deps, { publicOnly: true }), deps.portalOrigin);
}

export async function recommendationsExportFile(deps: FeedDeps) {
  return { items: recommendationsExport(await allRecommendations(deps, { publicOnly: true }), deps.portalOrigin) };
}

export async function recommendationsFeedFile(deps: FeedDeps) {
  return recommendationsFeed(await allRecommendations(deps, { publicOnly: true }), deps.portalOrigin);
}
