import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { api } from '../support/http.ts';
import { holdsSignInLink, latestEmailTo, linkIn } from '../support/mailbox.ts';
import { uniqueEmail } from '../support/people.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
/** The demo secretariat, signed in once by the global setup: sign-in links are rate-limited. */
const secretariatCookie = inject('secretariatCookie');
const az = messages.az;

/** A day of its own in 2028, so that this file's session is alone in its month view. */
const day = `2028-${String(1 + Math.floor(Math.random() * 12)).padStart(2, '0')}-${String(10 + Math.floor(Math.random() * 18))}`;
const title = { az: `Əlçatan iş yerləri ${Date.now()}`, en: `Accessible workplaces ${Date.now()}` };

describe.skipIf(!browserAvailable)('sessions in the browser', () => {
  let browser: Browser;
  let anonymous: Page;
  let secretariat: Page;
  let member: Page;
  let memberName: string;
  let sessionPath: string;

  /** A new member, invited by the secretariat, who signs in by opening the invitation link in their browser. */
  async function invitedMember(): Promise<Page> {
    const email = uniqueEmail('rsvp');
    memberName = `Səbinə Hüseynova ${email.slice(5, 13)}`;
    const invited = await api('/api/members', {
      method: 'POST',
      cookie: secretariatCookie,
      body: { name: memberName, email, organisation: 'Kar və Lallar Cəmiyyəti', organisationType: 'ngo' },
    });
    expect(invited.status).toBe(201);
    const context: BrowserContext = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(linkIn(await latestEmailTo(email, 0, holdsSignInLink)));
    await settled(page);
    expect(new URL(page.url()).pathname).not.toBe('/sign-in');
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    [anonymous, secretariat, member] = await Promise.all([
      newVisitor(browser, baseUrl).then((context) => context.newPage()),
      signedInPage(browser, baseUrl, secretariatCookie),
      invitedMember(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('let the secretariat create a session with its agenda in the editor, and schedule it', async () => {
    const page = secretariat;
    await open(page, '/sessions');
    await page.getByRole('link', { name: az['sessions.new'] }).click();
    await page.getByRole('heading', { level: 1, name: az['editor.newTitle'] }).waitFor();
    const form = page.locator('form', { has: page.getByRole('button', { name: az['editor.create'] }) });

    // Sent empty, the form names what is missing, next to each field and in the summary.
    await page.getByRole('button', { name: az['editor.create'] }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('#session-title-az-error').textContent()).toBe(az['errors.field.required']);
    expect(await page.getByLabel(az['editor.titleAz']).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(az['editor.theme']).selectOption('disability-rights');
    await page.getByLabel(az['editor.titleAz']).fill(title.az);
    await page.getByLabel(az['editor.titleEn']).fill(title.en);
    await page.getByLabel(az['editor.summaryAz']).fill('İşəgötürənlər və QHT-lər təcrübə bölüşür.');
    await page.getByLabel(az['editor.date']).fill(day);
    await page.getByLabel(az['editor.start']).fill('10:00');
    await page.getByLabel(az['editor.end']).fill('13:00');
    await page.getByLabel(az['editor.venue']).fill('Ombudsman Aparatı, Bakı, Səməd Vurğun küç. 40');
    await page.getByLabel(az['editor.capacity']).fill('30');

    // Two items, entered in the wrong order and then moved.
    await page.getByRole('button', { name: az['editor.addItem'] }).click();
    const first = form.getByRole('group', { name: az['editor.item'].replace('{n}', '1') });
    await first.getByLabel(az['editor.time']).fill('10:30');
    await first.getByLabel(az['editor.titleAz']).fill('Müzakirə');
    await first.getByLabel(az['editor.titleEn']).fill('Discussion');
    await first.getByRole('button', { name: az['editor.addMemberSpeaker'] }).click();
    await first.getByLabel(az['editor.findMember']).fill('Leyla');
    await first.getByLabel(az['editor.findMember']).press('Enter');
    await first.getByRole('button', { name: az['picker.choose'].replace('{name}', 'Leyla Quliyeva') }).click();
    await first.getByText('Leyla Quliyeva').waitFor();

    await page.getByRole('button', { name: az['editor.addItem'] }).click();
    const second = form.getByRole('group', { name: az['editor.item'].replace('{n}', '2') });
    await second.getByLabel(az['editor.time']).fill('10:00');
    await second.getByLabel(az['editor.titleAz']).fill('Açılış');
    await second.getByLabel(az['editor.titleEn']).fill('Opening');
    await second.getByRole('button', { name: az['editor.addExternalSpeaker'] }).click();
    await second.getByLabel(/Ad və soyad/).fill('Aysel Məmmədova');
    await second.getByLabel(/Təşkilat/).fill('Ombudsman Aparatı');
    const moveUp = `${az['editor.moveUp']}: ${az['editor.item'].replace('{n}', '2')}`;
    await page.getByRole('button', { name: moveUp }).click();
    await page
      .getByRole('status')
      .filter({ hasText: az['editor.moved'].replace('{n}', '1').replace('{total}', '2') })
      .waitFor();
    expect(await first.getByLabel(az['editor.titleAz']).inputValue()).toBe('Açılış');
    // Focus follows the moved item, so that a keyboard user can keep moving it; the page moves it
    // after showing the new order, so the test waits for the focus itself.
    await page.waitForFunction(() => document.activeElement?.id.startsWith('move-down-') === true);

    await page.getByRole('button', { name: az['editor.create'] }).click();
    await page.getByRole('heading', { level: 1, name: title.az }).waitFor();
    await settled(page);
    sessionPath = new URL(page.url()).pathname;
    expect(sessionPath).toMatch(/^\/sessions\/[\w-]+$/);
    const agenda = page.locator('.agenda li');
    expect(await agenda.count()).toBe(2);
    expect(await agenda.first().textContent()).toContain('Açılış');
    expect(await agenda.first().textContent()).toContain('Aysel Məmmədova (Ombudsman Aparatı)');
    expect(await agenda.nth(1).textContent()).toContain('Leyla Quliyeva');
    expect(await page.locator('main').textContent()).toContain(az['sessions.bakuTime']);
    expect(await page.locator('.badge').first().textContent()).toBe(az['sessionStatus.draft']);

    await page.getByRole('button', { name: az['actions.schedule'] }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'schedule-confirm');
    await page.getByRole('button', { name: az['actions.scheduleConfirm'] }).click();
    await page.getByRole('status').filter({ hasText: az['sessionStatus.scheduled'] }).waitFor();
    await page.locator('.badge', { hasText: az['sessionStatus.scheduled'] }).first().waitFor();
    expect(await page.locator('.badge').first().textContent()).toBe(az['sessionStatus.scheduled']);
  });

  it('let a member answer yes, with sign-language interpretation', async () => {
    await open(member, sessionPath);
    const rsvp = member.locator('form', { has: member.getByRole('button', { name: az['rsvp.submit'] }) });
    const answer = rsvp.getByRole('group', { name: az['rsvp.question'] });
    await answer.getByLabel(az['rsvp.answer.yes'], { exact: true }).check();
    await rsvp.getByLabel(az['needs.signLanguage']).check();
    await rsvp.getByRole('button', { name: az['rsvp.submit'] }).click();
    const saved = az['rsvp.saved'].replace('{answer}', az['rsvp.answer.yes']);
    await member.getByRole('status').filter({ hasText: saved }).waitFor();
    await member.locator('#rsvp-heading + p strong', { hasText: az['rsvp.answer.yes'] }).waitFor();
    // Before the answer the page said 0 seats taken: the new count is waited for, not read at once.
    await member
      .getByRole('main')
      .getByText(az['session.seatsTaken'].replace('{capacity}', '30').replace('{taken}', '1'))
      .waitFor();
    // A member sees no secretariat tools.
    expect(await member.getByRole('heading', { name: az['actions.heading'] }).count()).toBe(0);
  });

  it('show the secretariat the answer and the needs summed up', async () => {
    await secretariat.reload();
    await settled(secretariat);
    const row = secretariat.getByRole('row', { name: new RegExp(memberName) });
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'Kar və Lallar Cəmiyyəti',
      az['rsvp.answer.yes'],
      az['needs.signLanguage'],
      '',
    ]);
    const needs = secretariat.getByRole('table', { name: az['answers.needsCaption'] });
    const signLanguage = needs.getByRole('row', { name: az['needs.signLanguage'] });
    expect(await signLanguage.getByRole('cell').textContent()).toBe('1');
  });

  it('list the session, with its month, for anyone', async () => {
    await open(anonymous, '/sessions');
    // Other files add sessions that start sooner: read on, as a visitor would, until this one is listed.
    const listed = anonymous.getByRole('link', { name: title.az });
    const more = anonymous.getByRole('button', { name: az['sessions.loadMore'] });
    await expect
      .poll(
        async () => {
          if ((await listed.count()) > 0) return true;
          if (await more.isVisible()) await more.click();
          return false;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    await open(anonymous, `/sessions?view=month&month=${day.slice(0, 7)}`);
    const cell = anonymous
      .getByRole('cell')
      .filter({ has: anonymous.getByRole('link', { name: new RegExp(title.az) }) });
    expect(await cell.locator('.day-number').textContent()).toBe(String(Number(day.slice(8))));
    await anonymous.getByRole('button', { name: az['sessions.nextMonth'] }).click();
    await anonymous.getByRole('link', { name: new RegExp(title.az) }).waitFor({ state: 'detached' });
    await anonymous.waitForURL((url) => url.searchParams.get('month') !== day.slice(0, 7));
  });

  it('have no axe violations for visitors, in Azerbaijani and in English', async () => {
    const month = `/sessions?view=month&month=${day.slice(0, 7)}`;
    expect(await axeViolationsInBothLanguages(anonymous, ['/sessions', sessionPath], [month])).toEqual([]);
  }, 240_000);

  it('have no axe violations for members and the secretariat, in Azerbaijani and in English', async () => {
    const found: string[] = [];
    // One after the other: on a busy machine, pages checked side by side only slow each other down
    // (axe takes 1–3 s a page here when the machine is idle; the timeout is for when it is not).
    found.push(...(await axeViolationsInBothLanguages(member, [sessionPath])));
    found.push(
      ...(await axeViolationsInBothLanguages(secretariat, [sessionPath, '/sessions/new'], [`${sessionPath}/edit`])),
    );
    expect(found).toEqual([]);
  }, 240_000);

  it('ask before cancelling a session: keeping it gives the focus back, confirming cancels it', async () => {
    const created = await api('/api/sessions', {
      method: 'POST',
      cookie: secretariatCookie,
      body: {
        theme: 'disability-rights',
        title: { az: `Ləğv ediləcək iclas ${Date.now()}`, en: `Session to cancel ${Date.now()}` },
        summary: { az: 'Xülasə', en: 'Summary' },
        startsAt: `${day}T15:00:00+04:00`,
        endsAt: `${day}T16:00:00+04:00`,
        visibility: 'members',
        agenda: [],
      },
    });
    expect(created.status).toBe(201);
    const page = secretariat;
    await open(page, `/sessions/${created.body.id}`);
    const cancel = page.getByRole('button', { name: az['actions.cancel'], exact: true });
    await cancel.click();
    const question = page.locator('#cancel-confirm');
    await page.waitForFunction(() => document.activeElement?.id === 'cancel-confirm');
    expect(await question.textContent()).toBe(az['actions.cancelQuestion']);

    await page.getByRole('button', { name: az['actions.cancelKeep'] }).click();
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => cancel.evaluate((element) => element === document.activeElement)).toBe(true);

    await cancel.click();
    await page.getByRole('button', { name: az['actions.cancelConfirm'] }).click();
    await page.locator('.badge', { hasText: az['sessionStatus.cancelled'] }).first().waitFor();
  });
});
