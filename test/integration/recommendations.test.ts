import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { sendRoundReminders } from '#functions/domain/rounds.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { auditEventsOn } from '../support/audit.ts';
import { parseCsv } from '../support/csv.ts';
import { pdfBytes, share } from '../support/documents.ts';
import { allItems, api } from '../support/http.ts';
import { emailsTo, latestEmailTo } from '../support/mailbox.ts';
import { saveOutcome } from '../support/outcomes.ts';
import { secretariat } from '../support/people.ts';
import {
  inDays,
  memberOf,
  type OrganisationMember,
  openRound,
  publishedRecommendations,
  roundMailSettled,
  uniqueLabel,
} from '../support/rounds.ts';

describe('recommendations followed through: a monitoring round from request to published results', () => {
  const label = uniqueLabel();
  let business: OrganisationMember;
  let stateBody: OrganisationMember;
  let media: OrganisationMember;
  let ids: { sessionId: string; business: string; state: string };
  let roundId: string;

  beforeAll(async () => {
    [business, stateBody, media] = await Promise.all([
      memberOf(`Biznes MMC ${label}`, 'business', 'en'),
      memberOf(`Nazirlik ${label}`, 'state-body'),
      memberOf(`Media ${label}`, 'media'),
    ]);
    ids = await publishedRecommendations(label);
  });

  it('follows each published recommendation from not started, at its own address', async () => {
    const answer = await api(`/api/recommendations/${ids.business}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: ids.business,
      sessionId: ids.sessionId,
      number: 1,
      status: 'not-started',
      addressees: ['businesses'],
      history: [],
      latestChange: null,
    });
  });

  it('opens a round named for its day, and asks the addressed organisations only, each about its own', async () => {
    const round = await openRound([ids.business, ids.state]);
    roundId = round.id;
    expect(round.name.en).toContain('International Human Rights Day');
    expect(round.name.az).toContain('10 dekabr – Beynəlxalq İnsan Hüquqları Günü');

    const [request] = await roundMailSettled(roundId, 1);
    const sentTo = new Set(request?.deliveries.filter((d) => d.status === 'sent').map((d) => d.address));
    expect([business, stateBody, media].map((person) => sentTo.has(person.email))).toEqual([true, true, false]);

    const toBusiness = await latestEmailTo(business.email, 0, (mail) => mail.body.text?.includes(label) ?? false);
    expect(toBusiness.body.text).toContain(`Businesses respect human rights ${label}`);
    expect(toBusiness.body.text).not.toContain(`State bodies strengthen oversight ${label}`);
    const toState = await latestEmailTo(stateBody.email, 0, (mail) => mail.body.text?.includes(label) ?? false);
    expect(toState.body.text).toContain(`Dövlət orqanları nəzarəti gücləndirsin ${label}`);
    expect(toState.body.text).not.toContain(`Biznes insan hüquqlarına hörmət etsin ${label}`);
    expect((await emailsTo(media.email)).some((mail) => mail.body.text?.includes(label))).toBe(false);
  });

  it('refuses a report on a recommendation not addressed to the member’s kind of organisation', async () => {
    const body = { text: { en: 'We did it.' }, status: 'implemented' };
    const onState = await api(`/api/rounds/${roundId}/reports/${ids.state}`, {
      method: 'PUT',
      cookie: business.cookie,
      body,
    });
    expect([onState.status, onState.body.code]).toEqual([403, 'not-addressed']);
    const byMedia = await api(`/api/rounds/${roundId}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: media.cookie,
      body,
    });
    expect([byMedia.status, byMedia.body.code]).toEqual([403, 'not-addressed']);
  });

  it('takes a business member’s progress report with a document; the secretariat accepts it', async () => {
    const evidence = await share(business.cookie, pdfBytes(`evidence ${label}`));
    const empty = await api(`/api/rounds/${roundId}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: business.cookie,
      body: { text: {}, status: 'in-progress' },
    });
    expect(empty.status).toBe(400);
    const reported = await api(`/api/rounds/${roundId}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: business.cookie,
      body: {
        text: { en: `A human-rights policy was adopted ${label}` },
        status: 'in-progress',
        documents: [evidence.id],
      },
    });
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);
    expect(reported.body).toMatchObject({ organisation: business.organisation, status: 'in-progress', review: null });

    const ownReports = await api(`/api/rounds/${roundId}/reports`, { cookie: business.cookie });
    expect(ownReports.body.items.map((r: { id: string }) => r.id)).toEqual([reported.body.id]);
    expect((await api(`/api/rounds/${roundId}/reports`, { cookie: media.cookie })).body.items).toEqual([]);

    const accepted = await api(`/api/rounds/${roundId}/reports/${reported.body.id}/review`, {
      method: 'POST',
      cookie: await secretariat(),
      body: { decision: 'accept' },
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.review).toMatchObject({ decision: 'accepted', status: 'in-progress' });
    const again = await api(`/api/rounds/${roundId}/reports/${reported.body.id}/review`, {
      method: 'POST',
      cookie: await secretariat(),
      body: { decision: 'accept' },
    });
    expect([again.status, again.body.code]).toEqual([409, 'already-reviewed']);

    const events = await auditEventsOn(ids.business, accepted.body.review.at);
    expect(events.find((event) => event.action === 'recommendation.report-accepted')?.changes).toEqual({
      status: { from: 'not-started', to: 'in-progress' },
    });
  });

  it('records the secretariat’s own assessment, with its reason in both languages', async () => {
    const reported = await api(`/api/rounds/${roundId}/reports/${ids.state}`, {
      method: 'PUT',
      cookie: stateBody.cookie,
      body: { text: { az: `Hər şey icra olunub ${label}` }, status: 'implemented' },
    });
    expect(reported.status).toBe(200);
    const noReason = await api(`/api/rounds/${roundId}/reports/${reported.body.id}/review`, {
      method: 'POST',
      cookie: await secretariat(),
      body: { decision: 'assess', status: 'in-progress' },
    });
    expect(noReason.status).toBe(400);
    const assessed = await api(`/api/rounds/${roundId}/reports/${reported.body.id}/review`, {
      method: 'POST',
      cookie: await secretariat(),
      body: {
        decision: 'assess',
        status: 'in-progress',
        reason: { az: 'Qanun layihəsi hələ qəbul olunmayıb.', en: 'The draft law has not been adopted yet.' },
      },
    });
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(200);
    const recommendation = await api(`/api/recommendations/${ids.state}`);
    expect(recommendation.body.status).toBe('in-progress');
    expect(recommendation.body.history.at(-1)).toMatchObject({
      kind: 'assessment',
      from: 'not-started',
      status: 'in-progress',
      text: { en: 'The draft law has not been adopted yet.' },
    });
  });

  it('closes the round: anonymous visitors see the new status on the recommendation, the round and the exports', async () => {
    const closed = await api(`/api/rounds/${roundId}/close`, { method: 'POST', cookie: await secretariat() });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const late = await api(`/api/rounds/${roundId}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: business.cookie,
      body: { text: { en: 'Late' }, status: 'implemented' },
    });
    expect([late.status, late.body.code]).toEqual([409, 'round-closed']);

    const recommendation = await api(`/api/recommendations/${ids.business}`);
    expect(recommendation.body.status).toBe('in-progress');
    expect(recommendation.body.history).toHaveLength(1);
    expect(recommendation.body.history[0]).toMatchObject({
      kind: 'report-accepted',
      from: 'not-started',
      status: 'in-progress',
      organisation: business.organisation,
      roundId,
    });
    expect(recommendation.body.history[0].documents).toHaveLength(1);

    const round = await api(`/api/rounds/${roundId}`);
    expect(round.body.status).toBe('closed');
    expect(round.body.results.changes).toEqual(
      expect.arrayContaining([
        { recommendationId: ids.business, from: 'not-started', to: 'in-progress' },
        { recommendationId: ids.state, from: 'not-started', to: 'in-progress' },
      ]),
    );
    const byAddressee = new Map(
      round.body.results.byAddressee.map((row: { addressee: string; counts: object }) => [row.addressee, row.counts]),
    );
    expect(byAddressee.get('businesses')).toMatchObject({ 'in-progress': 1, 'not-started': 0 });
    expect(round.body.results.byTheme).toEqual([
      expect.objectContaining({ theme: 'disability-rights', counts: expect.objectContaining({ 'in-progress': 2 }) }),
    ]);
    const answered = new Map(
      round.body.addressees.map((a: { organisation: string; answered: boolean }) => [a.organisation, a.answered]),
    );
    expect([answered.get(business.organisation), answered.get(stateBody.organisation)]).toEqual([true, true]);
    expect(answered.has(media.organisation)).toBe(false);

    const csv = await api('/api/recommendations.csv');
    const row = String(csv.body)
      .split('\r\n')
      .find((line) => line.startsWith(`${ids.business},`));
    expect(row).toContain(',in-progress,');
    expect(row).toContain('report-accepted');

    const exported = await api('/api/recommendations.json');
    const item = exported.body.items.find((i: { id: string }) => i.id === ids.business);
    expect(item).toMatchObject({ status: 'in-progress', latestChange: { kind: 'report-accepted' } });
    expect(item.latestChange.at).toMatch(/\+04:00$/);

    // The outcome exports carry where each of the outcome's recommendations stands, too.
    const outcomeRows = parseCsv(String((await api('/api/outcomes.csv')).body).replace(/^\ufeff/, ''));
    const [header, ...rows] = outcomeRows;
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const ownRows = rows.filter((row) => row[column('session_id')] === ids.sessionId);
    expect(ownRows.map((row) => [row[column('recommendation_number')], row[column('recommendation_status')]])).toEqual([
      ['1', 'in-progress'],
      ['2', 'in-progress'],
    ]);
    expect(ownRows[0]?.[column('recommendation_latest_change_at')]).toBe(item.latestChange.at);
    const outcomeExport = await api('/api/outcomes.json');
    const outcome = outcomeExport.body.items.find((i: { sessionId: string }) => i.sessionId === ids.sessionId);
    expect(outcome.recommendations[0]).toMatchObject({
      number: 1,
      id: ids.business,
      status: 'in-progress',
      latestChange: { at: item.latestChange.at, kind: 'report-accepted' },
    });
    expect(outcome.recommendations[1]).toMatchObject({ id: ids.state, latestChange: { kind: 'assessment' } });

    const feed = new XMLParser({ ignoreAttributes: false }).parse(
      String((await api('/api/recommendations/feed.atom')).body),
    );
    const entries = [feed.feed.entry ?? []].flat() as Array<{ id: string; summary: { '#text': string } | string }>;
    const entry = entries.find((e) => e.id.startsWith(`urn:bhr-portal:recommendation:${ids.business}:`));
    expect(JSON.stringify(entry)).toContain('not-started → in-progress');

    const results = (await roundMailSettled(roundId, 2)).map((message) => message.kind);
    expect(results).toEqual(['round-request', 'round-results']);
  });

  it('filters the catalog by status', async () => {
    const inProgress = await allItems('/api/recommendations?status=in-progress&theme=disability-rights&limit=100');
    const notStarted = await allItems('/api/recommendations?status=not-started&theme=disability-rights&limit=100');
    const mine = (items: Array<{ id: string }>) => items.map((i) => i.id).filter((id) => id.startsWith(ids.sessionId));
    expect(mine(inProgress).sort()).toEqual([ids.business, ids.state]);
    expect(mine(notStarted)).toEqual([]);
    expect(inProgress.every((i: { status: string }) => i.status === 'in-progress')).toBe(true);
  });

  it('keeps a recommendation’s history through a correction that keeps its number; a dropped number is withdrawn', async () => {
    const outcome = await api(`/api/sessions/${ids.sessionId}/outcomes`);
    const [first] = outcome.body.recommendations;
    const corrected = await saveOutcome(
      ids.sessionId,
      {
        summary: outcome.body.summary,
        recommendations: [{ ...first, text: { az: `${first.text.az} (düzəliş)`, en: `${first.text.en} (corrected)` } }],
        documents: [],
        note: { az: 'İkinci tövsiyə çıxarıldı.', en: 'The second recommendation was removed.' },
      },
      outcome.headers.get('etag') ?? '',
    );
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    const kept = await api(`/api/recommendations/${ids.business}`);
    expect(kept.body).toMatchObject({ status: 'in-progress', withdrawn: false });
    expect(kept.body.text.en).toContain('(corrected)');
    expect(kept.body.history).toHaveLength(1);
    const dropped = await api(`/api/recommendations/${ids.state}`);
    expect(dropped.body.withdrawn).toBe(true);
    const listed = await allItems('/api/recommendations?theme=disability-rights&limit=100');
    expect(listed.map((i: { id: string }) => i.id)).not.toContain(ids.state);
  });
});

describe('monitoring rounds: rules and reminders', () => {
  it('refuses a deadline in the past, naming the field', async () => {
    const { business } = await publishedRecommendations(uniqueLabel());
    const answer = await api('/api/rounds', {
      method: 'POST',
      cookie: await secretariat(),
      body: { occasion: 'national-human-rights-day', deadline: inDays(-1), recommendations: [business] },
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['deadline']);
  });

  it('asks an organisation named by the secretariat, beside those of the recommendation’s kinds', async () => {
    const label = uniqueLabel();
    const [named, unnamed] = await Promise.all([
      memberOf(`Media A ${label}`, 'media'),
      memberOf(`Media B ${label}`, 'media'),
    ]);
    const ids = await publishedRecommendations(label);
    const unknown = await api('/api/rounds', {
      method: 'POST',
      cookie: await secretariat(),
      body: {
        occasion: 'other',
        deadline: inDays(20),
        recommendations: [ids.business],
        named: [{ recommendation: ids.business, organisation: `Nobody ${label}` }],
      },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['named.0.organisation']);
    const round = await openRound([ids.business], {
      occasion: 'other',
      named: [{ recommendation: ids.business, organisation: named.organisation }],
    });
    const body = { text: { en: `Coverage of labour rights ${label}` }, status: 'in-progress' };
    const byNamed = await api(`/api/rounds/${round.id}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: named.cookie,
      body,
    });
    expect(byNamed.status, JSON.stringify(byNamed.body)).toBe(200);
    const byUnnamed = await api(`/api/rounds/${round.id}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: unnamed.cookie,
      body,
    });
    expect([byUnnamed.status, byUnnamed.body.code]).toEqual([403, 'not-addressed']);
    const [request] = await roundMailSettled(round.id, 1);
    const sentTo = new Set(request?.deliveries.map((d) => d.address));
    expect([sentTo.has(named.email), sentTo.has(unnamed.email)]).toEqual([true, false]);
  });

  it('reminds the addressees that have not answered, once, a week before the deadline', async () => {
    const label = uniqueLabel();
    const [answering, silent] = await Promise.all([
      memberOf(`Biznes A ${label}`, 'business'),
      memberOf(`Biznes B ${label}`, 'business'),
    ]);
    const ids = await publishedRecommendations(label);
    const soon = await openRound([ids.business], { deadline: inDays(5), occasion: 'national-human-rights-day' });
    const later = await openRound([ids.business], { deadline: inDays(10) });
    await roundMailSettled(soon.id, 1);
    const reported = await api(`/api/rounds/${soon.id}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: answering.cookie,
      body: { text: { az: 'Siyasət hazırlanır.' }, status: 'in-progress' },
    });
    expect(reported.status).toBe(200);

    const first = await sendRoundReminders(defaultDeps(), { roundIds: [soon.id, later.id] });
    const again = await sendRoundReminders(defaultDeps(), { roundIds: [soon.id, later.id] });
    expect([first.done, first.skipped, again.done, again.skipped]).toEqual([1, 1, 0, 2]);

    const messages = await roundMailSettled(soon.id, 2);
    const reminder = messages.find((message) => message.kind === 'round-reminder');
    const sentTo = new Set(reminder?.deliveries.filter((d) => d.status === 'sent').map((d) => d.address));
    expect([sentTo.has(silent.email), sentTo.has(answering.email)]).toEqual([true, false]);
  });
});
