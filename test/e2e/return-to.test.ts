import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import type { Language } from '#shared/schemas/common.ts';
import { api } from '../support/http.ts';
import { emailsTo, holdsSignInLink, latestEmailTo, linkIn } from '../support/mailbox.ts';
import { newPerson, uniqueEmail } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, newVisitor, open, settled } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');

describe.skipIf(!browserAvailable)('return to where you were', () => {
  let browser: Browser;
  let sessionPath: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    sessionPath = `/sessions/${(await scheduledSession({ visibility: 'public' })).id}`;
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visitor(lang: Language): Promise<Page> {
    return (await newVisitor(browser, baseUrl, lang)).newPage();
  }

  /** From the session page: "sign in to answer", the address, and the link the email brings. */
  async function signInFromSessionPage(page: Page, lang: Language, email: string): Promise<void> {
    const t = messages[lang];
    await open(page, sessionPath);
    await page.getByRole('link', { name: t['rsvp.signIn'] }).click();
    await page.getByRole('heading', { level: 1, name: t['signIn.title'] }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe(sessionPath);
    const before = (await emailsTo(email)).length;
    await page.getByLabel(t['signIn.email']).fill(email);
    await page.getByRole('button', { name: t['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: t['checkEmail.title'] }).waitFor();
    await page.goto(linkIn(await latestEmailTo(email, before, holdsSignInLink)));
    await settled(page);
  }

  it('bring a member back to the session page they signed in from (Azerbaijani)', async () => {
    const person = await newPerson();
    const page = await visitor('az');
    await signInFromSessionPage(page, 'az', person.email);
    expect(new URL(page.url()).pathname).toBe(sessionPath);
    await page.getByRole('heading', { level: 2, name: messages.az['rsvp.heading'] }).waitFor();
    // Not a newcomer: no welcome.
    expect(await page.locator('.welcome').count()).toBe(0);
  });

  it('welcome an invited member on their first sign-in, back on the session page (English)', async () => {
    const email = uniqueEmail('return');
    const name = `Elvin Məmmədli ${email.slice(7, 15)}`;
    const invited = await api('/api/members', {
      method: 'POST',
      cookie: secretariatCookie,
      body: { name, email, organisation: 'Hüquq Klinikası', organisationType: 'academia', language: 'en' },
    });
    expect(invited.status).toBe(201);
    const page = await visitor('en');
    await signInFromSessionPage(page, 'en', email);
    const landed = new URL(page.url());
    expect(landed.pathname).toBe(sessionPath);
    expect(landed.searchParams.get('welcome')).toBe('1');
    const welcome = page.locator('.welcome');
    await welcome.getByText(messages.en['welcome.title'].replace('{name}', name)).waitFor();
    await welcome.getByRole('link', { name: messages.en['welcome.profile'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: messages.en['rsvp.heading'] }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('welcome an invited member who accepts the invitation, with the next steps (Azerbaijani)', async () => {
    const email = uniqueEmail('welcome');
    const name = `Nərmin Qasımova ${email.slice(8, 16)}`;
    const invited = await api('/api/members', {
      method: 'POST',
      cookie: secretariatCookie,
      body: { name, email, organisation: 'Hüquq Klinikası', organisationType: 'academia' },
    });
    expect(invited.status).toBe(201);
    const page = await visitor('az');
    await page.goto(linkIn(await latestEmailTo(email, 0, holdsSignInLink)));
    await settled(page);
    expect(new URL(page.url()).pathname).toBe('/');
    const welcome = page.locator('.welcome');
    await welcome.getByText(messages.az['welcome.title'].replace('{name}', name)).waitFor();
    for (const step of ['welcome.profile', 'welcome.sessions', 'welcome.documents'] as const) {
      await welcome.getByRole('link', { name: messages.az[step] }).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
    // The welcome is for the landing only: the next page goes without it.
    await welcome.getByRole('link', { name: messages.az['welcome.profile'] }).click();
    await page.getByRole('heading', { level: 1, name: messages.az['me.title'] }).waitFor();
    expect(await page.locator('.welcome').count()).toBe(0);
  });

  it('drop a return address that is not the portal’s own', async () => {
    const person = await newPerson();
    const page = await visitor('en');
    for (const foreign of ['//evil.com', 'https://evil', '/\\evil']) {
      await open(page, `/sign-in?next=${encodeURIComponent(foreign)}`);
      await page.getByLabel(messages.en['signIn.email']).fill(person.email);
      const sent = page.waitForRequest((request) => request.url().endsWith('/api/auth/sign-in'));
      await page.getByRole('button', { name: messages.en['signIn.submit'] }).click();
      expect((await sent).postDataJSON()).toEqual({ email: person.email });
      await page.getByRole('heading', { level: 1, name: messages.en['checkEmail.title'] }).waitFor();
      expect(new URL(page.url()).search).toBe('');
    }
  });
});
