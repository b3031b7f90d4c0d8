import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import type { Language } from '#shared/schemas/common.ts';
import { api } from '../support/http.ts';
import { markHeld } from '../support/outcomes.ts';
import { newPerson, type Person, uniqueEmail } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, open, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');
const { az, en } = messages;
const noNeeds = { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' };

/**
 * What an action came to must be seen, not only heard: a success shows where the action was
 * taken (in view), and the page's live region says it too.
 */
async function seenAndHeard(page: Page, text: string): Promise<void> {
  const shown = page.locator('.action-status-success', { hasText: text });
  await shown.waitFor();
  await page.waitForFunction((wanted) => {
    const found = [...document.querySelectorAll('.action-status-success')].find((element) =>
      element.textContent?.includes(wanted),
    );
    const box = found?.getBoundingClientRect();
    return box !== undefined && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, text);
  await page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'attached' });
}

/**
 * The member's card in the secretariat's list, searched for and read on as a person would: other
 * files add hundreds of members, and a search page holds only the matches of the members it read.
 */
async function memberCard(page: Page, search: string, shows: string, lang: Language) {
  const words = messages[lang];
  await page.getByLabel(words['members.search']).fill(search);
  await page.getByRole('button', { name: words['members.searchSubmit'] }).click();
  const card = page.locator('.member-card', { hasText: shows });
  const more = page.getByRole('button', { name: words['members.loadMore'] });
  await expect
    .poll(
      async () => {
        if ((await card.count()) > 0) return true;
        if (await more.isVisible()) await more.click();
        return false;
      },
      { timeout: 120_000 },
    )
    .toBe(true);
  return card;
}

async function inLanguage(page: Page, lang: Language): Promise<void> {
  // A new tab is on about:blank, whose storage is not the portal's.
  if (page.url() === 'about:blank') await page.goto('/');
  await page.evaluate((chosen) => window.localStorage.setItem('portal.language', chosen), lang);
}

describe.skipIf(!browserAvailable)('feedback anyone can see', () => {
  let browser: Browser;
  let secretariat: Page;
  let member: Page;
  let person: Person;

  beforeAll(async () => {
    browser = await launchBrowser();
    person = await newPerson();
    [secretariat, member] = await Promise.all([
      signedInPage(browser, baseUrl, secretariatCookie),
      signedInPage(browser, baseUrl, person.cookie),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('show the invitation sent, and the member deactivated after asking first (Azerbaijani, English)', async () => {
    await open(secretariat, '/admin/members');
    const name = `Lalə Əhmədova ${Date.now()}`;
    const invite = secretariat.locator('form', {
      has: secretariat.getByRole('button', { name: az['admin.inviteSubmit'] }),
    });
    await invite.getByLabel(az['member.name']).fill(name);
    await invite.getByLabel(az['member.email']).fill(uniqueEmail('feedback'));
    await invite.getByLabel(az['member.organisation'], { exact: true }).fill('Şəffaflıq Mərkəzi');
    await invite.getByLabel(az['member.organisationType']).selectOption('ngo');
    await invite.getByRole('button', { name: az['admin.inviteSubmit'] }).click();
    await seenAndHeard(secretariat, az['admin.invited'].replace('{name}', name));

    await inLanguage(secretariat, 'en');
    // The next tests read the secretariat's page in Azerbaijani, whatever becomes of this one.
    onTestFinished(() => inLanguage(secretariat, 'az'));
    await open(secretariat, '/admin/members');
    const card = await memberCard(secretariat, name, name, 'en');
    await card.getByRole('button', { name: `${en['admin.deactivate']}: ${name}` }).click();
    // Asked first: nothing changes until the question is answered.
    await card.getByRole('button', { name: en['admin.deactivateConfirm'] }).click();
    await seenAndHeard(
      secretariat,
      en['admin.statusChanged'].replace('{name}', name).replace('{status}', en['status.deactivated']),
    );
    await inLanguage(secretariat, 'az');
  });

  it('ask before a role change, which gives or takes every tool', async () => {
    const other = await newPerson();
    const name = (await api(`/api/members/${other.id}`, { cookie: secretariatCookie })).body.name as string;
    await open(secretariat, '/admin/members');
    const card = await memberCard(secretariat, name, other.email, 'az');
    await card.getByRole('button', { name: `${az['admin.makeSecretariat']}: ${name}` }).click();
    const question = card.getByText(az['admin.makeSecretariatQuestion'].replace('{name}', name));
    await question.waitFor();
    await card.getByRole('button', { name: az['admin.roleKeep'] }).click();
    await question.waitFor({ state: 'detached' });
    expect((await api(`/api/members/${other.id}`, { cookie: secretariatCookie })).body.role).toBe('member');
  });

  it('show the profile saved (English)', async () => {
    await inLanguage(member, 'en');
    await open(member, '/me');
    await member.getByLabel(en['member.position']).fill(`Analyst ${Date.now()}`);
    await member.getByRole('button', { name: en['common.save'] }).click();
    await seenAndHeard(member, en['me.saved']);
  });

  it('show the answer recorded, in both languages', async () => {
    const session = await scheduledSession({ visibility: 'members' });
    await inLanguage(member, 'en');
    await open(member, `/sessions/${session.id}`);
    await member.getByRole('radio', { name: en['rsvp.answer.yes'] }).check();
    await member.getByRole('button', { name: en['rsvp.submit'] }).click();
    await seenAndHeard(member, en['rsvp.saved'].replace('{answer}', en['rsvp.answer.yes']));

    await inLanguage(member, 'az');
    await open(member, `/sessions/${session.id}`);
    await member.getByRole('radio', { name: az['rsvp.answer.maybe'] }).check();
    await member.getByRole('button', { name: az['rsvp.submit'] }).click();
    await seenAndHeard(member, az['rsvp.saved'].replace('{answer}', az['rsvp.answer.maybe']));
  });

  it('show the session created on its own page (Azerbaijani)', async () => {
    await open(secretariat, '/sessions/new');
    const title = `Hesabatlılıq ${Date.now()}`;
    await secretariat.getByLabel(az['editor.theme']).selectOption('disability-rights');
    await secretariat.getByLabel(az['editor.titleAz']).fill(title);
    await secretariat.getByLabel(az['editor.titleEn']).fill(`Accountability ${Date.now()}`);
    await secretariat.getByLabel(az['editor.date']).fill('2029-03-14');
    await secretariat.getByLabel(az['editor.start']).fill('10:00');
    await secretariat.getByLabel(az['editor.end']).fill('12:00');
    await secretariat.getByLabel(az['editor.venue']).fill('Ombudsman Aparatı, Bakı');
    await secretariat.getByRole('button', { name: az['editor.create'] }).click();
    await secretariat.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(secretariat.url()).pathname).toMatch(/^\/sessions\/[\w-]+$/);
    await seenAndHeard(secretariat, az['editor.created']);
    // Moving on to another page leaves the message behind.
    await secretariat.getByRole('navigation').getByRole('link', { name: az['nav.outcomes'] }).click();
    await secretariat.getByRole('heading', { level: 1, name: az['outcomes.title'] }).waitFor();
    expect(await secretariat.locator('.action-status-success').count()).toBe(0);
  });

  it('show the attendance saved (English), with no axe violations in the statuses shown', async () => {
    const session = await scheduledSession({ visibility: 'members' });
    const answered = await api(`/api/sessions/${session.id}/rsvp`, {
      method: 'PUT',
      cookie: person.cookie,
      body: { answer: 'yes', needs: noNeeds },
    });
    expect(answered.status).toBe(200);
    await markHeld(session);
    await inLanguage(secretariat, 'en');
    await open(secretariat, `/sessions/${session.id}`);
    const attendance = secretariat.locator('form', {
      has: secretariat.getByRole('button', { name: en['attendance.save'] }),
    });
    await attendance.getByRole('checkbox').first().check();
    await attendance.getByRole('button', { name: en['attendance.save'] }).click();
    await seenAndHeard(secretariat, en['attendance.saved']);
    expect(await axeViolations(secretariat)).toEqual([]);
    await inLanguage(secretariat, 'az');
  });
});
