import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { outcomesExport, outcomesFeed, sitemap } from '#functions/domain/feeds.ts';
import { escapeMarkup } from '#functions/domain/markup.ts';
import type { Theme } from '#shared/schemas/theme.ts';

const awkward = `Tom & Jerry's <b>"quote"</b> Əə`;

const entry: StoredCatalogEntry = {
  sessionId: 'session-0001',
  theme: 'labour',
  title: { az: awkward, en: 'Title' },
  summary: { az: 'Xülasə', en: awkward },
  sessionStartsAt: '2026-11-20T10:00:00.000Z',
  venue: null,
  publishedAt: '2026-11-25T10:00:00.000Z',
  correctedAt: null,
  recommendations: 1,
  content: {
    summary: { az: 'Xülasə', en: 'Summary' },
    recommendations: [{ text: { az: 'Tövsiyə', en: 'Advice' }, addressees: ['ngos'] }],
    documents: ['document-01'],
  },
  attendance: { attended: 12, organisations: 5 },
  terms: [],
  visibility: 'public',
};

const theme: Theme = {
  slug: 'labour',
  name: { az: 'Əmək & iş', en: 'Labour & work' },
  description: { az: '', en: '' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  version: 1,
};

const parse = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true }).parse(xml);

describe('the one markup escaper', () => {
  it('escapes the five characters that end a text or an attribute, and nothing else', () => {
    expect(escapeMarkup(awkward)).toBe('Tom &amp; Jerry&#39;s &lt;b&gt;&quot;quote&quot;&lt;/b&gt; Əə');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });
});

describe('files the portal publishes', () => {
  it('the Atom feed reads back as the text it was given', () => {
    const feed = parse(outcomesFeed([entry], 'https://portal.example', new Map([[theme.slug, theme]])));
    expect(feed.feed.entry.title).toBe(`${awkward} / Title`);
    expect(feed.feed.entry.category['@label']).toBe('Əmək & iş / Labour & work');
    expect(feed.feed.entry.link['@href']).toBe('https://portal.example/outcomes/session-0001');
  });

  it('the sitemap escapes every location, and dates the themes and outcomes', () => {
    const xml = sitemap([theme], [entry], 'https://portal.example/?a=1&b=<2>');
    const urls = parse(xml).urlset.url as Array<{ loc: string; lastmod?: string }>;
    expect(urls[0]?.loc).toBe('https://portal.example/?a=1&b=<2>/');
    expect(xml).not.toContain('&b=<2>');
    expect(urls.find((url) => url.loc.endsWith('/themes/labour'))?.lastmod).toBe(theme.updatedAt);
    expect(urls.find((url) => url.loc.endsWith('/outcomes/session-0001'))?.lastmod).toBe(entry.publishedAt);
  });

  it('the sitemap names the recommendations and rounds it is given, after the fixed pages with their lists', () => {
    const xml = sitemap([theme], [entry], 'https://portal.example', [
      { path: '/recommendations/session-0001-1', lastmod: '2026-11-26T10:00:00.000Z' },
      { path: '/rounds/round-0001', lastmod: '2026-12-01T10:00:00.000Z' },
    ]);
    const urls = parse(xml).urlset.url as Array<{ loc: string; lastmod?: string }>;
    const locs = urls.map((url) => url.loc);
    expect(locs).toEqual(
      expect.arrayContaining(['https://portal.example/recommendations', 'https://portal.example/rounds']),
    );
    expect(urls.find((url) => url.loc.endsWith('/recommendations/session-0001-1'))?.lastmod).toBe(
      '2026-11-26T10:00:00.000Z',
    );
    expect(urls.find((url) => url.loc.endsWith('/rounds/round-0001'))?.lastmod).toBe('2026-12-01T10:00:00.000Z');
  });

  it('the JSON export numbers the recommendations and links each outcome', () => {
    const [exported] = outcomesExport([entry], 'https://portal.example', new Map());
    expect(exported?.recommendations).toEqual([
      {
        number: 1,
        text: { az: 'Tövsiyə', en: 'Advice' },
        addressees: ['ngos'],
        id: 'session-0001-1',
        status: 'not-started',
        latestChange: null,
      },
    ]);
    expect(exported?.url).toBe('https://portal.example/outcomes/session-0001');
    expect(exported).not.toHaveProperty('terms');
  });
});
