import { describe, expect, it, vi } from 'vitest';
import type { StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { outcomesCsv } from '#functions/domain/feeds.ts';
import { searchCatalog } from '#functions/domain/outcome-reads.ts';
import { mockDeps } from './support.ts';

const entry = (id: string, publishedAt: string, theme = 'disability-rights'): StoredCatalogEntry => ({
  sessionId: id,
  theme,
  title: { az: `Başlıq ${id}`, en: `Title ${id}` },
  summary: { az: 'Xülasə', en: 'Summary' },
  sessionStartsAt: publishedAt,
  venue: null,
  publishedAt,
  correctedAt: null,
  recommendations: 1,
  content: {
    summary: { az: 'Xülasə', en: 'Summary' },
    recommendations: [{ text: { az: '=HYPERLINK("x")', en: 'Say "no", twice\nplease' }, addressees: ['ngos'] }],
    documents: [],
  },
  attendance: null,
  terms: [],
  visibility: 'public',
});

describe('catalog search', () => {
  it('intersects the postings of every word, newest first, fetching only the page', async () => {
    const deps = mockDeps();
    const postings: Record<string, Map<string, string>> = {
      isci: new Map([
        ['a', '2026-01-01'],
        ['b', '2026-03-01'],
        ['c', '2025-05-01'],
      ]),
      huquqlari: new Map([
        ['b', '2026-03-01'],
        ['c', '2025-05-01'],
      ]),
    };
    // As the index is read: every posting of a term that starts with the prefix asked for.
    deps.outcomes.postings = vi.fn(
      async (prefix: string) =>
        new Map(
          Object.entries(postings)
            .filter(([term]) => term.startsWith(prefix))
            .flatMap(([, found]) => [...found]),
        ),
    );
    deps.outcomes.catalogEntries = vi.fn(async (ids: string[]) =>
      ids.map((id) => entry(id, postings.isci?.get(id) ?? '')),
    );
    const page = await searchCatalog(deps, undefined, { q: 'İşçi hüquqları', limit: 1 });
    expect(page.items.map((item) => item.sessionId)).toEqual(['b']);
    expect(vi.mocked(deps.outcomes.catalogEntries).mock.calls).toEqual([[['b']]]);
    const next = await searchCatalog(deps, undefined, {
      q: 'ishci huquqlari',
      limit: 1,
      cursor: page.nextCursor ?? undefined,
    });
    expect(next.items.map((item) => item.sessionId)).toEqual(['c']);
    expect(next.nextCursor).toBeNull();
    const inYear = await searchCatalog(deps, undefined, { q: 'isci', year: 2025, limit: 10 });
    expect(inYear.items.map((item) => item.sessionId)).toEqual(['c']);
    await expect(searchCatalog(deps, undefined, { q: 'isci', limit: 1, cursor: 'garbage' })).rejects.toMatchObject({
      status: 400,
    });
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = outcomesCsv([entry('s1', '2026-01-01T00:00:00.000Z')], 'https://portal.example.az', new Map());
    expect(csv.startsWith('\ufeffsession_id,theme,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"Say ""no"", twice\nplease"');
    expect(csv).toContain('https://portal.example.az/outcomes/s1');
  });
});
