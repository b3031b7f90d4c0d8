import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundSummary } from '#shared/schemas/round.ts';
import { allItems, api, baseUrl } from '../support/http.ts';
import { secretariat } from '../support/people.ts';
import {
  inDays,
  memberOf,
  type OrganisationMember,
  openRound,
  publishedRecommendations,
  uniqueLabel,
} from '../support/rounds.ts';

/** The list of rounds as each caller reads it (the /rounds page shows exactly this). */
describe('the list of monitoring rounds', () => {
  const label = uniqueLabel();
  let business: OrganisationMember;
  let ngo: OrganisationMember;
  let ids: { business: string; state: string };
  let closedId: string;
  let openId: string;

  beforeAll(async () => {
    [business, ngo] = await Promise.all([memberOf(`Biznes ${label}`, 'business'), memberOf(`QHT ${label}`, 'ngo')]);
    ids = await publishedRecommendations(label);
    closedId = (await openRound([ids.business], { occasion: 'national-human-rights-day', deadline: inDays(20) })).id;
    const closed = await api(`/api/rounds/${closedId}/close`, { method: 'POST', cookie: await secretariat() });
    expect(closed.status).toBe(200);
    openId = (await openRound([ids.business])).id;
  });

  const listedBy = (cookie?: string) => allItems<RoundSummary>('/api/rounds?limit=100', cookie);

  it('shows anonymous visitors the closed rounds only, with nothing of who answered', async () => {
    const listed = await listedBy();
    expect(listed.find((round) => round.id === closedId)).toMatchObject({
      status: 'closed',
      answers: null,
      asksYourOrganisation: false,
    });
    expect(listed.map((round) => round.id)).not.toContain(openId);
    expect(listed.every((round) => round.status === 'closed')).toBe(true);
  });

  it('shows members the open rounds too, and whether their organisation is asked', async () => {
    const [byBusiness, byNgo] = await Promise.all([listedBy(business.cookie), listedBy(ngo.cookie)]);
    expect(byBusiness.find((round) => round.id === openId)).toMatchObject({
      status: 'open',
      answers: null,
      asksYourOrganisation: true,
    });
    expect(byBusiness.find((round) => round.id === closedId)?.asksYourOrganisation).toBe(true);
    expect(byNgo.find((round) => round.id === openId)).toMatchObject({ status: 'open', asksYourOrganisation: false });
  });

  it('tells the secretariat how many of the organisations asked have answered', async () => {
    const cookie = await secretariat();
    const asked = (await api(`/api/rounds/${openId}`, { cookie })).body.addressees.length;
    expect(asked).toBeGreaterThan(0);
    const before = (await listedBy(cookie)).find((round) => round.id === openId);
    expect(before).toMatchObject({ answers: { asked, answered: 0 }, asksYourOrganisation: false });

    const reported = await api(`/api/rounds/${openId}/reports/${ids.business}`, {
      method: 'PUT',
      cookie: business.cookie,
      body: { text: { az: `Hesabat ${label}` }, status: 'in-progress' },
    });
    expect(reported.status).toBe(200);
    const after = (await listedBy(cookie)).find((round) => round.id === openId);
    expect(after?.answers).toEqual({ asked, answered: 1 });
  });

  it('puts closed rounds and public recommendations in the sitemap, not open rounds nor members-only recommendations', async () => {
    const membersOnly = await publishedRecommendations(uniqueLabel(), { visibility: 'members' });
    const answer = await fetch(`${baseUrl()}/api/sitemap.xml`);
    expect(answer.status).toBe(200);
    const xml = await answer.text();
    expect(xml).toContain(`/rounds/${closedId}</loc>`);
    expect(xml).not.toContain(`/rounds/${openId}</loc>`);
    expect(xml).toContain(`/recommendations/${ids.business}</loc>`);
    expect(xml).not.toContain(`/recommendations/${membersOnly.business}</loc>`);
  });
});
