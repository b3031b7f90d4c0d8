import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { defaultRoundName, proposedRound } from '#shared/round-defaults.ts';
import { bakuInstant, bakuParts } from '../../web/src/app/baku-time.ts';
import { api } from '../support/http.ts';
import { secretariat } from '../support/people.ts';
import {
  memberOf,
  type OrganisationMember,
  openRound,
  publishedRecommendations,
  uniqueLabel,
} from '../support/rounds.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, newVisitor, open, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const { az } = messages;
const dayMs = 24 * 3600 * 1000;

/**
 * The item of round `id` on /rounds, reading on with "show more" until it is there: other files
 * open rounds at the same time, so it need not be on the first page.
 */
async function roundItem(page: Page, id: string): Promise<Locator> {
  const item = page.locator('.round-list > li', { has: page.locator(`h3 a[href="/rounds/${id}"]`) });
  const more = page.getByRole('button', { name: az['rounds.more'] });
  for (;;) {
    await page.waitForFunction(() => !document.querySelector('main .loading'));
    if ((await item.count()) > 0) return item;
    if ((await more.count()) === 0) throw new Error(`round ${id} is not listed`);
    const shown = await page.locator('.round-list > li').count();
    await more.click();
    await page.waitForFunction(
      ([before, label]) =>
        document.querySelectorAll('.round-list > li').length > before ||
        ![...document.querySelectorAll('main button')].some((button) => button.textContent === label),
      [shown, az['rounds.more']] as const,
    );
  }
}

describe.skipIf(!browserAvailable)('monitoring rounds: the list and the opening form', () => {
  const label = uniqueLabel();
  let browser: Browser;
  let business: OrganisationMember;
  let media: OrganisationMember;
  let ids: { business: string; state: string };
  let closedId = '';
  let openedId = '';
  let office: Page;

  beforeAll(async () => {
    const arrange = async () => {
      [business, media] = await Promise.all([
        memberOf(`Biznes siyahı ${label}`, 'business'),
        memberOf(`Media siyahı ${label}`, 'media'),
      ]);
      ids = await publishedRecommendations(label);
      closedId = (await openRound([ids.business], { name: { az: `Bağlanmış ${label}`, en: `Closed ${label}` } })).id;
      const closed = await api(`/api/rounds/${closedId}/close`, { method: 'POST', cookie: await secretariat() });
      if (closed.status !== 200) throw new Error(`close answered ${closed.status}`);
    };
    const [, launched] = await Promise.all([arrange(), launchBrowser()]);
    browser = launched;
    office = await signedInPage(browser, baseUrl, await secretariat());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the secretariat open a round: the next occasion proposed, a past deadline and an unknown organisation refused at their fields', async () => {
    await open(office, `/rounds/new?recommendations=${ids.business}`);
    const occasion = await office.getByLabel(az['roundNew.occasion']).inputValue();
    const date = office.getByLabel(az['roundNew.deadlineDate']);
    const proposed = { occasion, deadline: await date.inputValue() };
    // What the form proposes today in Baku (or tomorrow, should the test run across midnight there).
    const today = Date.now();
    expect(
      [today, today + dayMs].map((at) => proposedRound(bakuParts(new Date(at).toISOString()).date)),
    ).toContainEqual(proposed);
    const name = defaultRoundName(proposed.occasion as never, bakuInstant(proposed.deadline, '18:00'));
    expect(await office.getByLabel(az['roundNew.nameAz']).inputValue()).toBe(name.az);
    expect(await office.getByLabel(az['roundNew.nameEn']).inputValue()).toBe(name.en);
    await office.locator('main').getByText(`Biznes insan hüquqlarına hörmət etsin ${label}`).waitFor();

    await office.getByLabel(az['roundNew.nameEn']).fill(`Round ${label}`);
    await date.fill(bakuParts(new Date(today - 2 * dayMs).toISOString()).date);
    await office.getByRole('button', { name: az['roundNew.submit'] }).click();
    const error = office.locator('#round-deadline-date-error');
    await error.waitFor();
    expect(await error.textContent()).toBe(az['roundNew.inThePast']);
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.getAttribute('aria-describedby')).toContain('round-deadline-date-error');

    await date.fill(proposed.deadline);
    const named = office.locator('#round-named-0');
    await named.fill(`Heç kim ${label}`);
    await office.getByRole('button', { name: az['roundNew.submit'] }).click();
    const namedError = office.locator('#round-named-0-error');
    await namedError.waitFor();
    expect(await namedError.textContent()).toBe(
      az['roundNew.unknownOrganisation'].replace('{organisations}', `Heç kim ${label}`),
    );
    expect(await office.locator('#round-deadline-date-error').count()).toBe(0);

    await named.fill(media.organisation);
    await office.getByRole('button', { name: az['roundNew.submit'] }).click();
    await office.waitForURL((url) => /^\/rounds\/[^/]+$/.test(url.pathname) && url.pathname !== '/rounds/new');
    openedId = new URL(office.url()).pathname.split('/')[2] ?? '';
    await office.locator('.action-status-flash').getByText(az['roundNew.opened']).waitFor();
    await office.locator('main h1').getByText(name.az).waitFor();
    const round = await api(`/api/rounds/${openedId}`, { cookie: await secretariat() });
    expect(round.body).toMatchObject({
      status: 'open',
      occasion,
      name: { az: name.az, en: `Round ${label}` },
      deadline: new Date(bakuInstant(proposed.deadline, '18:00')).toISOString(),
    });
    expect(round.body.recommendations.map((r: { id: string; named: string[] }) => [r.id, r.named])).toEqual([
      [ids.business, [media.organisation]],
    ]);
  });

  it('lists closed rounds for anyone, open ones for members (with a way to report) and the secretariat', async () => {
    expect(openedId).not.toBe('');
    const visitor = await (await newVisitor(browser, baseUrl)).newPage();
    await open(visitor, '/rounds');
    const closed = await roundItem(visitor, closedId);
    expect(await closed.getByRole('link', { name: new RegExp(az['round.print']) }).getAttribute('href')).toBe(
      `/rounds/${closedId}/print`,
    );
    // The opened round is newer: had it been listed, it would have come before the closed one.
    expect(await visitor.locator(`main a[href="/rounds/${openedId}"]`).count()).toBe(0);
    const nav = visitor.getByRole('navigation', { name: az['layout.primaryNav'] });
    expect(await nav.getByRole('link', { name: az['nav.recommendations'] }).getAttribute('aria-current')).toBe('page');

    const member = await signedInPage(browser, baseUrl, business.cookie);
    await open(member, '/rounds');
    const asked = await roundItem(member, openedId);
    expect(await asked.textContent()).toContain(az['rounds.asksYou']);
    expect(await asked.getByRole('link', { name: new RegExp(az['round.sendReport']) }).getAttribute('href')).toBe(
      `/rounds/${openedId}/report`,
    );
    await open(member, '/');
    const onHome = member.locator('section', { has: member.getByRole('heading', { name: az['home.askedOfYou'] }) });
    await onHome.locator(`a[href="/rounds/${openedId}/report"]`).waitFor();

    await open(office, '/rounds');
    const answers = new RegExp(az['rounds.answers'].replace('{answered}', '0').replace('{asked}', '\\d+'));
    expect(await (await roundItem(office, openedId)).textContent()).toMatch(answers);
    await roundItem(office, closedId);
    await office.locator('main a[href="/rounds/new"]').waitFor();
  });

  it('has no axe violations on the list and the opening form, in both languages', async () => {
    const violations = await axeViolationsInBothLanguages(office, [
      '/rounds',
      '/rounds/new',
      `/rounds/new?recommendations=${ids.business}`,
    ]);
    expect(violations).toEqual([]);
  }, 180_000);
});
