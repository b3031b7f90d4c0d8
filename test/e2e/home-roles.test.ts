import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { api } from '../support/http.ts';
import { markHeld, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { newPerson, type Person } from '../support/people.ts';
import { createSession, scheduledSession, slotStartingIn } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, htmlLang, newVisitor, open, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');
const { az, en } = messages;
const noNeeds = { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' };
const stamp = Date.now();

/** A slot of its own, years after the sessions other files make (2027–2028), so that it sorts first when latest first. */
function farSlot(): { startsAt: string; endsAt: string } {
  const start = Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 300) * 86_400_000 + (stamp % 600) * 60_000;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 7_200_000).toISOString() };
}

const titled = (label: string) => ({ az: `${label} ${stamp} (az)`, en: `${label} ${stamp} (en)` });

describe.skipIf(!browserAvailable)('the home page for each role, and the way to a session’s outcomes', () => {
  let browser: Browser;
  let member: Person;
  const pages: Partial<Record<'anonymous' | 'member' | 'secretariat', Page>> = {};
  const made = {
    upcoming: { id: '', title: titled('Qarşıdakı') },
    draft: { id: '', title: titled('Qaralama') },
    held: { id: '', title: titled('Keçirilmiş') },
    published: { id: '', title: titled('Dərc olunmuş') },
    upload: { id: '', fileName: `Gözləyən-${stamp}.pdf` },
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    member = await newPerson();
    // Starting within the hour: before any session other files make, so first among the upcoming.
    const upcoming = await scheduledSession({ ...slotStartingIn(3_600_000), title: made.upcoming.title });
    made.upcoming.id = upcoming.id;
    const answered = await api(`/api/sessions/${upcoming.id}/rsvp`, {
      method: 'PUT',
      cookie: member.cookie,
      body: { answer: 'maybe', needs: noNeeds },
    });
    expect(answered.status).toBe(200);
    made.draft.id = (await createSession({ ...slotStartingIn(2 * 3_600_000), title: made.draft.title })).id;
    const held = await scheduledSession({ ...farSlot(), title: made.held.title });
    await markHeld(held);
    made.held.id = held.id;
    const published = await scheduledSession({ ...farSlot(), title: made.published.title });
    await markHeld(published);
    expect((await saveOutcome(published.id, outcomeInput())).status).toBe(200);
    expect((await publish(published.id)).status).toBe(200);
    made.published.id = published.id;
    // Created, never sent: the upload check has nothing to decide on yet.
    const upload = await api('/api/documents', {
      method: 'POST',
      cookie: member.cookie,
      body: {
        title: 'Gözləyən',
        language: 'az',
        fileName: made.upload.fileName,
        contentType: 'application/pdf',
        size: 900,
      },
    });
    expect(upload.status).toBe(201);
    made.upload.id = upload.body.document.id;

    pages.anonymous = await (await newVisitor(browser, baseUrl)).newPage();
    pages.member = await signedInPage(browser, baseUrl, member.cookie);
    pages.secretariat = await signedInPage(browser, baseUrl, secretariatCookie);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const section = (page: Page, heading: string) =>
    page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });

  it('show anyone the upcoming sessions, the latest outcomes and how to follow a theme', async () => {
    const page = pages.anonymous as Page;
    await open(page, '/');
    const upcoming = section(page, az['home.upcoming']);
    await upcoming.getByRole('link', { name: made.upcoming.title.az }).waitFor();
    expect(await upcoming.getByText(az['home.noAnswer']).count()).toBe(0);
    await section(page, az['home.latestOutcomes']).getByRole('link', { name: made.published.title.az }).waitFor();
    const follow = page.locator('a[href="/follow?theme=disability-rights"]');
    expect(await follow.textContent()).toContain(az['home.follow']);
    // Nothing of a member's or the secretariat's.
    expect(await section(page, az['home.recentDocuments']).count()).toBe(0);
    expect(await page.getByRole('heading', { name: az['home.toDo'] }).count()).toBe(0);
  });

  it('show a member their next sessions with their answer, and the documents recently shared (English)', async () => {
    const page = pages.member as Page;
    // A new tab is on about:blank, whose storage is not the portal's.
    if (page.url() === 'about:blank') await page.goto('/');
    await page.evaluate(() => window.localStorage.setItem('portal.language', 'en'));
    await open(page, '/');
    expect(await htmlLang(page)).toBe('en');
    const item = section(page, en['home.upcoming']).locator('li', { hasText: made.upcoming.title.en });
    await item.waitFor();
    expect(await item.textContent()).toContain(en['home.myAnswer'].replace('{answer}', en['home.answer.maybe']));
    const documents = section(page, en['home.recentDocuments']);
    await documents.getByRole('link', { name: en['home.shareDocument'] }).waitFor();
    expect(await page.getByRole('heading', { name: en['home.toDo'] }).count()).toBe(0);
    await page.evaluate(() => window.localStorage.setItem('portal.language', 'az'));
  });

  it('show the secretariat what needs doing, each leading where it is done', async () => {
    const page = pages.secretariat as Page;
    await open(page, '/');
    const toDo = page.locator('section', { has: page.getByRole('heading', { level: 2, name: az['home.toDo'] }) });
    await toDo.getByRole('link', { name: made.draft.title.az }).waitFor();
    expect(await toDo.getByRole('link', { name: made.draft.title.az }).getAttribute('href')).toBe(
      `/sessions/${made.draft.id}`,
    );
    expect(await toDo.getByRole('link', { name: made.held.title.az }).getAttribute('href')).toBe(
      `/sessions/${made.held.id}/outcomes/edit`,
    );
    expect(await toDo.getByRole('link', { name: made.upload.fileName }).getAttribute('href')).toBe(
      `/documents/${made.upload.id}`,
    );
  });

  it('link a held session to its outcomes: written by the secretariat, awaited by others', async () => {
    const secretariat = pages.secretariat as Page;
    await open(secretariat, `/sessions/${made.held.id}`);
    const write = section(secretariat, az['session.outcomes']).getByRole('link', { name: az['session.writeOutcomes'] });
    expect(await write.getAttribute('href')).toBe(`/sessions/${made.held.id}/outcomes/edit`);
    await write.click();
    await secretariat.waitForURL(`**/sessions/${made.held.id}/outcomes/edit`);

    const visitor = pages.anonymous as Page;
    await open(visitor, `/sessions/${made.held.id}`);
    await section(visitor, az['session.outcomes']).getByText(az['session.outcomesComing']).waitFor();
    expect(await visitor.getByRole('link', { name: az['session.writeOutcomes'] }).count()).toBe(0);
  });

  it('link a published session to its outcomes for anyone, and to their correction for the secretariat (English)', async () => {
    const visitor = await (await newVisitor(browser, baseUrl, 'en')).newPage();
    await open(visitor, `/sessions/${made.published.id}`);
    const read = section(visitor, en['session.outcomes']).getByRole('link', { name: en['session.readOutcomes'] });
    expect(await read.getAttribute('href')).toBe(`/outcomes/${made.published.id}`);
    expect(await visitor.getByRole('link', { name: en['session.correctOutcomes'] }).count()).toBe(0);
    await read.click();
    await visitor.getByRole('heading', { level: 1, name: made.published.title.en }).waitFor();
    expect(new URL(visitor.url()).pathname).toBe(`/outcomes/${made.published.id}`);

    const secretariat = pages.secretariat as Page;
    await open(secretariat, `/sessions/${made.published.id}`);
    const links = section(secretariat, az['session.outcomes']);
    expect(await links.getByRole('link', { name: az['session.correctOutcomes'] }).getAttribute('href')).toBe(
      `/sessions/${made.published.id}/outcomes/edit`,
    );
    await links.getByRole('link', { name: az['session.readOutcomes'] }).waitFor();
  });

  it('have no axe violations on the home and session pages, for each role, in both languages', async () => {
    const roles: Array<[Page, string[]]> = [
      [pages.anonymous as Page, ['/', `/sessions/${made.held.id}`, `/sessions/${made.published.id}`]],
      [pages.member as Page, ['/', `/sessions/${made.upcoming.id}`]],
      [pages.secretariat as Page, ['/', `/sessions/${made.held.id}`, `/sessions/${made.published.id}`]],
    ];
    const found: string[] = [];
    // One role after another: axe on a 2-core machine is slow enough without running side by side.
    for (const [page, paths] of roles) found.push(...(await axeViolationsInBothLanguages(page, paths)));
    expect(found).toEqual([]);
  }, 300_000);
});
