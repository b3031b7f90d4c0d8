import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { latestEmailTo } from '../support/mailbox.ts';
import { uniqueEmail } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, newVisitor, open, settled } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');
const { az, en } = messages;

describe.skipIf(!browserAvailable)('a guest at a public session, in the browser', () => {
  let browser: Browser;
  let visitor: Page;
  let sessionId: string;
  let materialTitle: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    visitor = await (await newVisitor(browser, baseUrl)).newPage();
    sessionId = (await scheduledSession({ capacity: 10 })).id;
    materialTitle = `Açılış nitqi ${Date.now()}`;
    await share(secretariatCookie, pdfBytes('opening'), {
      session: sessionId,
      agendaItem: 0,
      visibility: 'public',
      title: materialTitle,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists a material under its agenda item', async () => {
    await open(visitor, `/sessions/${sessionId}`);
    const opening = visitor.locator('ol.agenda > li').first();
    await opening.getByRole('link', { name: materialTitle }).waitFor();
    expect(await visitor.locator('ol.agenda > li').nth(1).getByRole('link', { name: materialTitle }).count()).toBe(0);
  });

  it('registers without an account, names a missing field, and confirms from the email', async () => {
    await open(visitor, `/sessions/${sessionId}`);
    await visitor.getByRole('button', { name: az['guest.submit'] }).click();
    // The error summary names the missing name and address.
    await visitor.getByRole('link', { name: az['guest.name'] }).waitFor();
    const email = uniqueEmail('guest-page');
    await visitor.getByLabel(az['guest.name']).fill('Nigar Əliyeva');
    await visitor.getByLabel(az['guest.email']).fill(email);
    await visitor.getByLabel(az['needs.captioning']).check();
    await visitor.getByRole('button', { name: az['guest.submit'] }).click();
    await visitor
      .getByRole('paragraph')
      .filter({ hasText: az['guest.sent'].replace('{email}', email) })
      .waitFor();

    const mail = await latestEmailTo(email);
    const link = /https?:\/\/\S+\/api\/guests\/confirm\?token=[\w.-]+/.exec(mail.body.text ?? '')?.[0] ?? '';
    const { pathname, search } = new URL(link);
    await visitor.goto(`${pathname}${search}`);
    await settled(visitor);
    await visitor.getByRole('paragraph').filter({ hasText: az['guest.status.confirmed'] }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe(`/sessions/${sessionId}`);
    const detail = await api(`/api/sessions/${sessionId}`, { cookie: secretariatCookie });
    expect(detail.body.guests).toEqual([expect.objectContaining({ email, status: 'confirmed' })]);
    expect(detail.body.rsvpSummary.needs.captioning).toBe(1);

    // The cancel link asks first; only "yes" cancels, and the seat comes back.
    const cancelLink =
      /https?:\/\/\S+\/sessions\/\S+\?guest=cancel#token=[\w.-]+/.exec(mail.body.text ?? '')?.[0] ?? '';
    const cancelAt = new URL(cancelLink);
    await visitor.goto(`${cancelAt.pathname}${cancelAt.search}${cancelAt.hash}`);
    await settled(visitor);
    await visitor.getByRole('paragraph').filter({ hasText: az['guest.cancelQuestion'] }).waitFor();
    const stillConfirmed = await api(`/api/sessions/${sessionId}`, { cookie: secretariatCookie });
    expect(stillConfirmed.body.guests).toEqual([expect.objectContaining({ email, status: 'confirmed' })]);
    await visitor.getByRole('button', { name: az['guest.cancelConfirm'] }).click();
    await visitor.getByRole('paragraph').filter({ hasText: az['guest.status.cancelled'] }).waitFor();
    await visitor.waitForFunction(() => location.search === '?guest=cancelled' && location.hash === '');
    const cancelled = await api(`/api/sessions/${sessionId}`, { cookie: secretariatCookie });
    expect(cancelled.body.guests).toEqual([expect.objectContaining({ email, status: 'cancelled' })]);
    expect(cancelled.body.seatsTaken).toBe(0);
  });

  it('has no axe violations with the form and with the confirmation, in Azerbaijani and in English', async () => {
    const found = await axeViolationsInBothLanguages(visitor, [
      `/sessions/${sessionId}`,
      `/sessions/${sessionId}?guest=confirmed`,
      `/sessions/${sessionId}?guest=cancel#token=${sessionId}.${'a'.repeat(43)}.${'b'.repeat(43)}`,
    ]);
    expect(found).toEqual([]);
    expect(en['guest.status.confirmed']).not.toBe(az['guest.status.confirmed']);
  }, 240_000);
});
