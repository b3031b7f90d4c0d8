import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import type { Language } from '#shared/schemas/common.ts';
import { api } from '../support/http.ts';
import { mailSettled } from '../support/mail.ts';
import { newPerson } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, htmlLang, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');

async function inLanguage(page: Page, lang: Language): Promise<void> {
  if ((await htmlLang(page)) === lang) return;
  await page.getByRole('button', { name: lang === 'az' ? 'Azərbaycanca' : 'English' }).click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
  await settled(page);
}

/**
 * The secretariat's records of a session, in both languages with 0 axe violations: the mail sent
 * (ARCHITECTURE.md, "Mail outbox"), who a move will be told to before it is saved, and the
 * printable sign-in sheet (secretariat only).
 */
describe.skipIf(!browserAvailable)("the secretariat's session records in the browser", () => {
  let browser: Browser;
  let secretariat: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    secretariat = await signedInPage(browser, baseUrl, secretariatCookie);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the mail sent and who a change of place will be told to', async () => {
    const session = await scheduledSession({ visibility: 'members' });
    const [invitation] = await mailSettled(session.id, 1);
    const found: string[] = [];

    await open(secretariat, `/sessions/${session.id}`);
    for (const lang of ['az', 'en'] as const) {
      const words = messages[lang];
      await inLanguage(secretariat, lang);
      const record = secretariat.getByRole('region', { name: words['mail.heading'] });
      const row = record.getByRole('row', { name: new RegExp(words['mail.kind.invitation']) });
      await row.waitFor();
      await expect
        .poll(async () => (await row.textContent()) ?? '')
        .toContain(`${words['mail.state.done']}${invitation?.counts.recipients}${invitation?.counts.sent}`);
      await record.getByText(new RegExp(`^${words['mail.kind.invitation']}: `)).click();
      found.push(...(await axeViolations(secretariat)));
    }

    const preview = (await api(`/api/sessions/${session.id}/notice-preview`, { cookie: secretariatCookie })).body;
    await open(secretariat, `/sessions/${session.id}/edit`);
    for (const lang of ['az', 'en'] as const) {
      const words = messages[lang];
      await inLanguage(secretariat, lang);
      const venue = secretariat.getByLabel(words['editor.venue']);
      await venue.fill(`Yeni yer ${lang}`);
      const said = new RegExp(`\\b${preview.count}\\b`);
      await secretariat.getByRole('status').filter({ hasText: said }).first().waitFor();
      found.push(...(await axeViolations(secretariat)));
    }
    expect(found).toEqual([]);
  });

  it('prints a sign-in sheet of who is coming, with needs summed, for the secretariat only', async () => {
    const [coming, maybe] = await Promise.all([newPerson(), newPerson()]);
    const session = await scheduledSession({ visibility: 'members' });
    const answer = (cookie: string, body: unknown) =>
      api(`/api/sessions/${session.id}/rsvp`, { method: 'PUT', cookie, body });
    expect(
      (
        await answer(coming.cookie, {
          answer: 'yes',
          needs: { signLanguage: true, stepFreeAccess: true, captioning: false, accessibleFormats: false, other: '' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await answer(maybe.cookie, {
          answer: 'maybe',
          needs: {
            signLanguage: true,
            stepFreeAccess: false,
            captioning: false,
            accessibleFormats: false,
            other: 'Böyük şrift',
          },
        })
      ).status,
    ).toBe(200);
    const names = await Promise.all(
      [coming, maybe].map(async (person) => (await api('/api/me', { cookie: person.cookie })).body.name as string),
    );

    const found: string[] = [];
    await open(secretariat, `/sessions/${session.id}/sign-in-sheet`);
    for (const lang of ['az', 'en'] as const) {
      const words = messages[lang];
      await inLanguage(secretariat, lang);
      const people = secretariat.getByRole('table', { name: words['sheet.caption'] });
      for (const name of names) await people.getByRole('rowheader', { name }).waitFor();
      await people.getByRole('columnheader', { name: words['sheet.signature'] }).waitFor();
      const needs = secretariat.getByRole('table', { name: words['sheet.needsCaption'] });
      const count = async (need: 'needs.signLanguage' | 'needs.stepFreeAccess' | 'needs.captioning') =>
        (await needs.getByRole('row', { name: words[need] }).getByRole('cell').textContent())?.trim();
      expect([
        await count('needs.signLanguage'),
        await count('needs.stepFreeAccess'),
        await count('needs.captioning'),
      ]).toEqual(['2', '1', '0']);
      await needs.getByRole('row', { name: words['needs.other'] }).filter({ hasText: 'Böyük şrift' }).waitFor();
      found.push(...(await axeViolations(secretariat)));
    }
    // On paper: the portal's header and the buttons go, the table stays.
    await secretariat.emulateMedia({ media: 'print' });
    expect(await secretariat.locator('.site-header').isVisible()).toBe(false);
    expect(await secretariat.getByRole('button', { name: messages.en['sheet.print'] }).isVisible()).toBe(false);
    expect(await secretariat.getByRole('table', { name: messages.en['sheet.caption'] }).isVisible()).toBe(true);
    await secretariat.emulateMedia({ media: 'screen' });

    // A member is told the sheet is the secretariat's, and sees no name on it.
    const member = await signedInPage(browser, baseUrl, coming.cookie);
    await open(member, `/sessions/${session.id}/sign-in-sheet`);
    await member.getByText(messages.az['common.secretariatOnly']).waitFor();
    expect(await member.getByText(names[1] ?? '').count()).toBe(0);
    found.push(...(await axeViolations(member)));
    const anonymous = await (await newVisitor(browser, baseUrl)).newPage();
    await open(anonymous, `/sessions/${session.id}/sign-in-sheet`);
    expect(await anonymous.getByText(names[0] ?? '').count()).toBe(0);
    expect(found).toEqual([]);
  });
});
