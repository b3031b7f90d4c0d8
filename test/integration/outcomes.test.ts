import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { allItems, api } from '../support/http.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { newPerson, secretariat } from '../support/people.ts';

const unique = () => `Marker${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('outcomes: drafting, publishing with history, public browsing', () => {
  it('drafts, revises and publishes; anonymous visitors then find the outcome by theme, year and words', async () => {
    const marker = unique();
    const session = await heldSession({
      theme: 'trade-unions-labour-rights',
      title: {
        az: `Həmkarlar ittifaqları və işçi hüquqları ${marker}`,
        en: `Trade unions and workers’ rights ${marker}`,
      },
    });
    const first = await saveOutcome(session.id, outcomeInput());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    const missingIfMatch = await saveOutcome(session.id, outcomeInput());
    expect(missingIfMatch.status).toBe(428);
    const second = await saveOutcome(
      session.id,
      outcomeInput({
        summary: { az: 'İşçilərin hüquqları: yenilənmiş xülasə.', en: 'Workers’ rights: revised summary.' },
      }),
      first.headers.get('etag') ?? '',
    );
    expect(second.status).toBe(200);
    expect(second.body.revisions.map((r: { kind: string }) => r.kind)).toEqual(['draft', 'draft']);
    const stale = await saveOutcome(session.id, outcomeInput(), first.headers.get('etag') ?? '');
    expect(stale.status).toBe(412);

    // Before publishing, nobody but the secretariat sees anything.
    const member = await newPerson();
    expect((await api(`/api/sessions/${session.id}/outcomes`)).status).toBe(404);
    expect((await api(`/api/sessions/${session.id}/outcomes`, { cookie: member.cookie })).status).toBe(404);
    expect((await api(`/api/outcomes?q=${marker}`)).body.items).toEqual([]);

    const published = await publish(session.id);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect((await api(`/api/sessions/${session.id}`)).body.status).toBe('published');
    const seen = await api(`/api/sessions/${session.id}/outcomes`);
    expect(seen.status).toBe(200);
    expect(seen.body.summary.az).toBe('İşçilərin hüquqları: yenilənmiş xülasə.');
    expect(seen.body.revisions.map((r: { kind: string }) => r.kind)).toEqual(['published']);

    const year = new Date().getUTCFullYear();
    const byTheme = await allItems('/api/outcomes?theme=trade-unions-labour-rights&limit=100');
    expect(byTheme.map((e: { sessionId: string }) => e.sessionId)).toContain(session.id);
    const byYear = await allItems(`/api/outcomes?year=${year}&limit=100`);
    expect(byYear.map((e: { sessionId: string }) => e.sessionId)).toContain(session.id);
    expect((await api(`/api/outcomes?year=${year - 1}&q=${marker}`)).body.items).toEqual([]);
    for (const q of ['ishci', 'isci', 'İŞÇİ', `isci ${marker}`, 'huquqlari', 'workers rights', 'hemkarlar']) {
      const found = await allItems(`/api/outcomes?q=${encodeURIComponent(q)}&limit=100`);
      expect(
        found.map((e: { sessionId: string }) => e.sessionId),
        q,
      ).toContain(session.id);
    }
    expect((await api(`/api/outcomes?q=${marker}%20nonexistentword`)).body.items).toEqual([]);
  });

  it('never shows a draft to members or anonymous visitors, in lists or searches', async () => {
    const marker = unique();
    const session = await heldSession({ title: { az: `Qaralama ${marker}`, en: `Draft ${marker}` } });
    await saveOutcome(session.id, outcomeInput({ summary: { az: marker, en: marker } }));
    const member = await newPerson();
    expect((await api(`/api/outcomes?q=${marker}`, { cookie: member.cookie })).body.items).toEqual([]);
    const csv = await api('/api/outcomes.csv');
    expect(csv.body).not.toContain(marker);
  });

  it('locks published outcomes: a correction needs a note, stays public and keeps the history', async () => {
    const session = await heldSession();
    const draft = await saveOutcome(session.id, outcomeInput());
    const published = await publish(session.id);
    expect((await publish(session.id)).status).toBe(409);
    const noNote = await saveOutcome(session.id, outcomeInput(), published.headers.get('etag') ?? '');
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].field).toBe('note');
    const halfNote = await saveOutcome(
      session.id,
      outcomeInput({ note: { az: 'Tövsiyə 2-də hərf səhvi düzəldildi', en: '' } }),
      published.headers.get('etag') ?? '',
    );
    expect(halfNote.status).toBe(400);
    expect(halfNote.body.errors.map((e: { field: string }) => e.field)).toEqual(['note.en']);
    const note = { az: 'Tövsiyə 2-də hərf səhvi düzəldildi', en: 'Typo fixed in recommendation 2' };
    const corrected = await saveOutcome(session.id, outcomeInput({ note }), published.headers.get('etag') ?? '');
    expect(corrected.status).toBe(200);
    expect(corrected.body.correctedAt).toEqual(expect.any(String));
    const seen = await api(`/api/sessions/${session.id}/outcomes`);
    expect(seen.body.revisions.map((r: { kind: string; note: unknown }) => [r.kind, r.note])).toEqual([
      ['published', null],
      ['correction', note],
    ]);
    const asSecretariat = await api(`/api/sessions/${session.id}/outcomes`, { cookie: await secretariat() });
    expect(asSecretariat.body.revisions).toHaveLength(3);
    expect(draft.body.revisions).toHaveLength(1);
  });

  it('refuses outcomes before the session is held, and links only public documents', async () => {
    const { scheduledSession } = await import('../support/sessions.ts');
    const scheduled = await scheduledSession();
    const early = await saveOutcome(scheduled.id, outcomeInput());
    expect(early.status).toBe(409);
    const session = await heldSession();
    const linked = await saveOutcome(session.id, outcomeInput({ documents: ['AAAAAAAAAAAAAAAAAAAAAA'] }));
    expect(linked.status).toBe(400);
    expect(linked.body.errors[0].field).toBe('documents.0');
    const bad = await saveOutcome(
      session.id,
      outcomeInput({ recommendations: [{ text: { az: '' }, addressees: ['aliens'] }] }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        'recommendations.0.text.az',
        'recommendations.0.text.en',
        'recommendations.0.addressees.0',
      ]),
    );
  });

  it('publishes an Atom feed, a CSV and a JSON export with the documented columns', async () => {
    const marker = unique();
    const session = await heldSession({
      title: { az: `Açıq məlumat ${marker}`, en: `Open data, "quoted", ${marker}` },
    });
    await saveOutcome(session.id, outcomeInput());
    await publish(session.id);

    const feed = await api('/api/feed.atom');
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed.body);
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.feed.id).toBe('urn:bhr-portal:outcomes');
    const entries = [parsed.feed.entry].flat();
    const entry = entries.find((e: { id: string }) => e.id === `urn:bhr-portal:outcome:${session.id}`);
    expect(entry.title).toContain(marker);
    expect(entry.link['@_href']).toMatch(new RegExp(`/outcomes/${session.id}$`));
    expect(Date.parse(entry.updated)).not.toBeNaN();

    const csv = await api('/api/outcomes.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = parseCsv(String(csv.body).replace(/^\ufeff/, ''));
    expect(lines[0]).toEqual([
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
    ]);
    const rows = lines.filter((row) => row[0] === session.id);
    expect(rows.map((row) => [row[9], row[12], row[13], row[14]])).toEqual([
      ['1', 'businesses;trade-unions', 'not-started', ''],
      ['2', 'state-bodies', 'not-started', ''],
    ]);
    expect(rows[0]?.[6]).toBe(`Open data, "quoted", ${marker}`);

    const json = await api('/api/outcomes.json');
    const item = json.body.items.find((i: { sessionId: string }) => i.sessionId === session.id);
    expect(item.recommendations[1]).toEqual({
      number: 2,
      text: { az: 'Əmək müfəttişliyi gücləndirilsin.', en: 'Strengthen labour inspection.' },
      addressees: ['state-bodies'],
      id: `${session.id}-2`,
      status: 'not-started',
      latestChange: null,
    });
    // Dates in Baku time with their offset: the same instants as stored, to the second.
    const stored = {
      sessionStartsAt: (await api(`/api/sessions/${session.id}`)).body.startsAt,
      publishedAt: (await api(`/api/sessions/${session.id}/outcomes`)).body.publishedAt,
    };
    for (const field of ['sessionStartsAt', 'publishedAt'] as const) {
      expect(item[field]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+04:00$/);
      expect(Date.parse(item[field])).toBe(Math.floor(Date.parse(stored[field]) / 1000) * 1000);
    }
    expect(item.correctedAt).toBeNull();
  });
});
