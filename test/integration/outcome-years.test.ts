import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredCatalogEntry } from '#functions/data/outcomes.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { api } from '../support/http.ts';
import { newPerson } from '../support/people.ts';

/**
 * Years no other test publishes in (they publish now; the demo archive is 2015): a public
 * outcome in the first and last, a members-only one alone in the middle.
 */
const publicYears = [2022, 2017];
const membersOnlyYear = 2019;

function archived(year: number, visibility: 'public' | 'members'): StoredCatalogEntry {
  const sessionId = `ses-years-${randomUUID().slice(0, 8)}`;
  return {
    sessionId,
    theme: 'disability-rights',
    title: { az: `Arxiv ${sessionId}`, en: `Archive ${sessionId}` },
    summary: { az: 'Xülasə', en: 'Summary' },
    sessionStartsAt: `${year}-05-10T06:00:00.000Z`,
    venue: null,
    publishedAt: `${year}-06-01T08:00:00.000Z`,
    correctedAt: null,
    recommendations: 0,
    content: { summary: { az: 'Xülasə', en: 'Summary' }, recommendations: [], documents: [] },
    attendance: null,
    terms: [],
    visibility,
  };
}

describe('the catalog’s year filter', () => {
  let member: Awaited<ReturnType<typeof newPerson>>;

  beforeAll(async () => {
    member = await newPerson();
    await defaultDeps().outcomes.importPublished([
      ...publicYears.map((year) => archived(year, 'public')),
      archived(membersOnlyYear, 'members'),
    ]);
  });

  it('offers strangers the years with public outcomes only, newest first', async () => {
    for (const path of ['/api/outcomes/years', '/api/public/outcomes/years']) {
      const answer = await api(path);
      expect(answer.status).toBe(200);
      const { years } = answer.body as { years: number[] };
      expect(years).toEqual(expect.arrayContaining(publicYears));
      expect(years).not.toContain(membersOnlyYear);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(new Set(years).size).toBe(years.length);
    }
  });

  it('offers members the years of members-only outcomes too, as their catalog lists them', async () => {
    const answer = await api('/api/outcomes/years', { cookie: member.cookie });
    expect(answer.status).toBe(200);
    expect(answer.body.years).toEqual(expect.arrayContaining([...publicYears, membersOnlyYear]));
    const catalog = await api(`/api/outcomes?year=${membersOnlyYear}&limit=100`, { cookie: member.cookie });
    expect(catalog.body.items.length).toBeGreaterThan(0);
  });

  it('offers no year without outcomes: a year between those published is left out', async () => {
    const { years } = (await api('/api/outcomes/years', { cookie: member.cookie })).body as { years: number[] };
    for (const empty of [2018, 2020, 2021]) expect(years).not.toContain(empty);
  });
});
