import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
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
const { az, en } = messages;

describe.skipIf(!browserAvailable)('recommendations and monitoring rounds in the browser', () => {
  let browser: Browser;
  let visitor: Page;
  let ids: { sessionId: string; business: string; state: string };
  let roundId = '';
  let openRoundId = '';
  let business: OrganisationMember;

  beforeAll(async () => {
    // Arranged through the API: outcomes published, a round opened, a business reports, the secretariat accepts and closes.
    const arrange = async () => {
      const label = uniqueLabel();
      business = await memberOf(`Biznes e2e ${label}`, 'business');
      ids = await publishedRecommendations(label);
      roundId = (await openRound([ids.business, ids.state])).id;
      const report = await api(`/api/rounds/${roundId}/reports/${ids.business}`, {
        method: 'PUT',
        cookie: business.cookie,
        body: {
          text: { az: `Siyasət qəbul olunub ${label}`, en: `A policy was adopted ${label}` },
          status: 'implemented',
        },
      });
      if (report.status !== 200) throw new Error(`report answered ${report.status}`);
      const cookie = await secretariat();
      const review = await api(`/api/rounds/${roundId}/reports/${report.body.id}/review`, {
        method: 'POST',
        cookie,
        body: { decision: 'accept' },
      });
      if (review.status !== 200) throw new Error(`review answered ${review.status}`);
      const closed = await api(`/api/rounds/${roundId}/close`, { method: 'POST', cookie });
      if (closed.status !== 200) throw new Error(`close answered ${closed.status}`);
      openRoundId = (await openRound([ids.business])).id;
    };
    const [, launched] = await Promise.all([arrange(), launchBrowser()]);
    browser = launched;
    visitor = await (await newVisitor(browser, baseUrl)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a recommendation’s status, history and session, in Azerbaijani and in English', async () => {
    await open(visitor, `/recommendations/${ids.business}`);
    const main = visitor.locator('main');
    await main.getByText(az['rec.status.implemented']).first().waitFor();
    await main.getByRole('heading', { name: az['rec.history'] }).waitFor();
    expect(await main.getByRole('link', { name: /nəticələri/ }).getAttribute('href')).toBe(
      `/outcomes/${ids.sessionId}`,
    );
    await visitor.getByRole('button', { name: 'English' }).click();
    await main.getByText(en['rec.status.implemented']).first().waitFor();
    await main.getByText(/A policy was adopted/).waitFor();
    await visitor.getByRole('button', { name: 'Azərbaycanca' }).click();
  });

  it('shows a round’s charts with text alternatives and data tables, and what changed', async () => {
    await open(visitor, `/rounds/${roundId}`);
    const charts = visitor.locator('figure.status-chart');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      const svg = chart.locator('svg[role="img"]');
      const name = await svg.evaluate((node) =>
        (node.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
      expect(name).toContain(az['rec.status.implemented']);
      expect(await chart.locator('table caption').count()).toBe(1);
    }
    const byAddressee = visitor.locator('figure.status-chart').nth(1).locator('table');
    const businessRow = byAddressee.getByRole('row', { name: new RegExp(az['addressee.businesses']) });
    expect(await businessRow.locator('td').allTextContents()).toEqual(['0', '0', '1', '0', '0', '1']);
    await visitor.getByRole('heading', { name: az['round.changes'] }).waitFor();
  });

  it('has no axe violations on the round and a recommendation, in both languages', async () => {
    const violations = await axeViolationsInBothLanguages(visitor, [
      `/rounds/${roundId}`,
      `/recommendations/${ids.business}`,
    ]);
    expect(violations).toEqual([]);
  }, 180_000);

  it('has no axe violations on the printable report and the list, in both languages', async () => {
    const violations = await axeViolationsInBothLanguages(visitor, [`/rounds/${roundId}/print`, '/recommendations']);
    expect(violations).toEqual([]);
  }, 180_000);

  it('prints the round report with the site’s navigation hidden, the summary and each theme on pages of their own', async () => {
    await open(visitor, `/rounds/${roundId}/print`);
    await visitor.emulateMedia({ media: 'print' });
    expect(await visitor.locator('.site-footer').isVisible()).toBe(false);
    expect(await visitor.getByRole('button', { name: az['round.printPdf'] }).isVisible()).toBe(false);
    // Each page of the report ends with a page break: the summary, then each theme on pages of its own.
    const breaks = await visitor
      .locator('.print-report .theme-page')
      .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakAfter));
    expect(breaks).toEqual(['page', 'auto']);
    const pdf = (await visitor.pdf({ format: 'A4' })).toString('latin1');
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
    await visitor.emulateMedia({ media: 'screen' });
  });

  it('lets a member send a progress report through the form, and the secretariat accept it', async () => {
    const member = await signedInPage(browser, baseUrl, business.cookie);
    await open(member, `/rounds/${openRoundId}/report`);
    await member.getByLabel(az['round.reportTextAz']).fill('Hüquq siyasəti hazırlanır.');
    await member.getByLabel(az['round.reportStatus']).selectOption('in-progress');
    await member.getByRole('button', { name: az['round.reportSubmit'] }).click();
    await member.locator('.notice-success').getByText(az['round.reportSent']).waitFor();

    const reviewer = await signedInPage(browser, baseUrl, await secretariat());
    await open(reviewer, `/rounds/${openRoundId}`);
    await reviewer.getByRole('button', { name: az['round.accept'] }).click();
    await reviewer.getByText(az['round.reviewed'].replace('{status}', az['rec.status.in-progress'])).first().waitFor();
    const recommendation = await api(`/api/recommendations/${ids.business}`);
    expect(recommendation.body.history.at(-1)).toMatchObject({ kind: 'report-accepted', status: 'in-progress' });
  });
});
