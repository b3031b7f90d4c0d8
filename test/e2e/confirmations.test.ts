import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MessageKey } from '#shared/i18n/format.ts';
import { messages } from '#shared/i18n/t.ts';
import type { Language } from '#shared/schemas/common.ts';
import { auditEventsOn } from '../support/audit.ts';
import { settled as checked, download, pdfBytes, postToS3, share } from '../support/documents.ts';
import { allItems, api } from '../support/http.ts';
import { uniqueEmail } from '../support/people.ts';
import { createSession, scheduledSession, slotStartingIn, transition, untilStarted } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, htmlLang, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
/** The demo secretariat, signed in once by the global setup: sign-in links are rate-limited. */
const secretariatCookie = inject('secretariatCookie');
const { az, en } = messages;

async function inLanguage(page: Page, lang: Language): Promise<void> {
  if ((await htmlLang(page)) === lang) return;
  await page.getByRole('button', { name: lang === 'az' ? 'Azərbaycanca' : 'English' }).click();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
  await settled(page);
}

/** Waits until the focus is on the element whose accessible name (aria-label, else text) is `name`. */
const focusOn = (page: Page, name: string) =>
  page.waitForFunction((wanted) => {
    const active = document.activeElement;
    return (active?.getAttribute('aria-label') ?? active?.textContent?.trim()) === wanted;
  }, name);

/**
 * Opens a question in Azerbaijani, then keeps (the focus goes back to the button that opened
 * it), then opens it again in English and leaves it open for the caller to confirm. Axe runs on
 * the open question in each language; answers what the question said in each.
 */
async function askInBothLanguages(
  page: Page,
  opener: (words: typeof az) => string,
  questionId: string,
  keep: MessageKey,
): Promise<{ found: string[]; said: Record<Language, string> }> {
  const found: string[] = [];
  const said: Record<Language, string> = { az: '', en: '' };
  for (const lang of ['az', 'en'] as const) {
    const words = messages[lang];
    await inLanguage(page, lang);
    await page.getByRole('button', { name: opener(words), exact: true }).click();
    await page.waitForFunction((id) => document.activeElement?.id === id, questionId);
    said[lang] = (await page.locator(`#${questionId}`).textContent()) ?? '';
    found.push(...(await axeViolations(page)));
    if (lang === 'az') {
      await page.getByRole('button', { name: words[keep], exact: true }).click();
      await page.locator(`#${questionId}`).waitFor({ state: 'detached' });
      await focusOn(page, opener(words));
    }
  }
  return { found, said };
}

const activeMembers = async () => (await allItems('/api/members?status=active&limit=100', secretariatCookie)).length;

describe.skipIf(!browserAvailable)('confirmations in the browser', () => {
  let browser: Browser;
  let secretariat: Page;
  let anonymous: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    [secretariat, anonymous] = await Promise.all([
      signedInPage(browser, baseUrl, secretariatCookie),
      newVisitor(browser, baseUrl).then((context) => context.newPage()),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Back to Azerbaijani for the next test, as a visitor who never switched. */
  async function backToAzerbaijani(page: Page) {
    await inLanguage(page, 'az');
  }

  /**
   * The number the schedule question says, read while the count of active members stood still
   * (other files add and deactivate members meanwhile): asked again until it did.
   */
  async function scheduleQuestionWhileCountSteady(page: Page): Promise<{ said: string; counted: number }> {
    for (let attempt = 1; ; attempt += 1) {
      const before = await activeMembers();
      await page.getByRole('button', { name: en['actions.schedule'], exact: true }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'schedule-confirm');
      const said = (await page.locator('#schedule-confirm').textContent()) ?? '';
      const after = await activeMembers();
      if (before === after || attempt === 10) return { said, counted: after };
      await page.getByRole('button', { name: en['actions.keep'], exact: true }).click();
      await page.locator('#schedule-confirm').waitFor({ state: 'detached' });
    }
  }

  it('ask before scheduling, saying how many active members will be invited', async () => {
    const session = await createSession();
    const page = secretariat;
    await open(page, `/sessions/${session.id}`);
    const { found, said } = await askInBothLanguages(
      page,
      (words) => words['actions.schedule'],
      'schedule-confirm',
      'actions.keep',
    );
    const question = (lang: Language, count: number) =>
      messages[lang][
        `actions.scheduleQuestion.${new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other'}`
      ].replace('{count}', String(count));
    const numberIn = (text: string) => Number(/\d+/.exec(text)?.[0]);
    expect(said.az).toBe(question('az', numberIn(said.az)));
    expect(said.en).toBe(question('en', numberIn(said.en)));
    expect(found).toEqual([]);

    await page.getByRole('button', { name: en['actions.keep'], exact: true }).click();
    await page.locator('#schedule-confirm').waitFor({ state: 'detached' });
    const steady = await scheduleQuestionWhileCountSteady(page);
    expect(steady.said).toBe(question('en', steady.counted));

    await page.getByRole('button', { name: en['actions.scheduleConfirm'] }).click();
    await page.locator('.badge', { hasText: en['sessionStatus.scheduled'] }).first().waitFor();
    await backToAzerbaijani(page);
  }, 240_000);

  it('say in words why a session cannot be marked held before its start, in both languages', async () => {
    const session = await scheduledSession();
    const page = secretariat;
    await open(page, `/sessions/${session.id}`);
    await page.getByRole('button', { name: az['actions.markHeld'], exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'held-confirm');
    expect(await page.locator('#held-confirm').textContent()).toBe(az['actions.heldQuestion']);
    await page.getByRole('button', { name: az['actions.heldConfirm'] }).click();
    // The refusal takes the question's place and the focus.
    await page.waitForFunction(() => document.activeElement?.id === 'action-failure');
    expect(await page.locator('#action-failure').textContent()).toBe(az['actions.heldBeforeStart']);
    await inLanguage(page, 'en');
    await page.locator('#action-failure', { hasText: en['actions.heldBeforeStart'] }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const stored = await api(`/api/sessions/${session.id}`, { cookie: secretariatCookie });
    expect(stored.body.status).toBe('scheduled');
    await backToAzerbaijani(page);
  }, 240_000);

  it('say in words why a session whose start has passed cannot be scheduled', async () => {
    const session = await createSession({ startsAt: '2020-03-10T10:00:00+04:00', endsAt: '2020-03-10T13:00:00+04:00' });
    const page = secretariat;
    await open(page, `/sessions/${session.id}`);
    await page.getByRole('button', { name: az['actions.schedule'], exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'schedule-confirm');
    await page.getByRole('button', { name: az['actions.scheduleConfirm'] }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'action-failure');
    expect(await page.locator('#action-failure').textContent()).toBe(az['actions.scheduleInThePast']);
    await inLanguage(page, 'en');
    await page.locator('#action-failure', { hasText: en['actions.scheduleInThePast'] }).waitFor();
    const stored = await api(`/api/sessions/${session.id}`, { cookie: secretariatCookie });
    expect(stored.body.status).toBe('draft');
    await backToAzerbaijani(page);
  }, 240_000);

  it('say in words, at the date, why a scheduled session cannot be moved into the past', async () => {
    const session = await scheduledSession();
    const page = secretariat;
    await open(page, `/sessions/${session.id}/edit`);
    await page.getByLabel(az['editor.date']).fill('2020-03-10');
    await page.getByRole('button', { name: az['common.save'], exact: true }).click();
    await page.locator('#session-date-error', { hasText: az['editor.inThePast'] }).waitFor();
    const stored = await api(`/api/sessions/${session.id}`, { cookie: secretariatCookie });
    expect(stored.body.startsAt).toBe(session.startsAt);
  }, 240_000);

  it('ask before marking held once the start has passed, and before reopening', async () => {
    // Scheduled while its start is still ahead, then held once it has passed, for real.
    const slot = slotStartingIn(8_000);
    const session = await createSession(slot);
    expect((await transition(session.id, 'scheduled')).status).toBe(200);
    await untilStarted(slot.startsAt);
    const page = secretariat;
    await open(page, `/sessions/${session.id}`);

    const held = await askInBothLanguages(page, (words) => words['actions.markHeld'], 'held-confirm', 'actions.keep');
    expect(held.said).toEqual({ az: az['actions.heldQuestion'], en: en['actions.heldQuestion'] });
    await page.getByRole('button', { name: en['actions.heldConfirm'] }).click();
    await page.locator('.badge', { hasText: en['sessionStatus.held'] }).first().waitFor();

    await inLanguage(page, 'az');
    const reopen = await askInBothLanguages(page, (words) => words['actions.reopen'], 'reopen-confirm', 'actions.keep');
    expect(reopen.said).toEqual({ az: az['actions.reopenQuestion'], en: en['actions.reopenQuestion'] });
    await page.getByRole('button', { name: en['actions.reopenConfirm'] }).click();
    await page.locator('.badge', { hasText: en['sessionStatus.scheduled'] }).first().waitFor();
    expect([...held.found, ...reopen.found]).toEqual([]);
    const actions = (await auditEventsOn(session.id, slot.startsAt)).map((event) => event.action);
    expect(actions).toContain('session.reopened');
    await backToAzerbaijani(page);
  }, 240_000);

  it('ask before deactivating a member, and deactivate them on "yes"', async () => {
    const email = uniqueEmail('deactivate');
    const name = `Rəşad Əliyev ${email.slice(11, 19)}`;
    const page = secretariat;
    await open(page, '/admin/members');
    // Invited on the page, the member's card comes first: no search through a directory other files fill.
    const invite = page.locator('form', { has: page.getByRole('button', { name: az['admin.inviteSubmit'] }) });
    await invite.getByLabel(az['member.name']).fill(name);
    await invite.getByLabel(az['member.email']).fill(email);
    await invite
      .getByLabel(az['member.organisation'], { exact: true })
      .fill('Azərbaycan Həmkarlar İttifaqları Konfederasiyası');
    await invite.getByLabel(az['member.organisationType']).selectOption('trade-union');
    await invite.getByRole('button', { name: az['admin.inviteSubmit'] }).click();
    await page.locator('.member-card', { hasText: email }).waitFor();
    const invited = (
      await allItems<{ id: string; email: string }>('/api/members?status=invited&limit=100', secretariatCookie)
    ).find((member) => member.email === email);
    expect(invited).toBeDefined();
    const id = invited?.id ?? '';

    const { found, said } = await askInBothLanguages(
      page,
      (words) => `${words['admin.deactivate']}: ${name}`,
      `deactivate-confirm-${id}`,
      'admin.deactivateKeep',
    );
    expect(said).toEqual({
      az: az['admin.deactivateQuestion'].replace('{name}', name),
      en: en['admin.deactivateQuestion'].replace('{name}', name),
    });
    expect(found).toEqual([]);
    await page.getByRole('button', { name: en['admin.deactivateConfirm'] }).click();
    await page.getByRole('button', { name: `${en['admin.reactivate']}: ${name}` }).waitFor();
    const stored = await api(`/api/members/${id}`, { cookie: secretariatCookie });
    expect(stored.body.status).toBe('deactivated');
    await backToAzerbaijani(page);
  }, 240_000);

  describe('a document with two versions', () => {
    let id = '';

    beforeAll(async () => {
      const shared = await share(secretariatCookie, pdfBytes(`v1 ${Date.now()}`), {
        title: `Hesabat layihəsi ${Date.now()}`,
        fileName: 'Hesabat-v1.pdf',
      });
      id = shared.id;
      const second = pdfBytes(`v2 ${Date.now()}`);
      const added = await api(`/api/documents/${id}/versions`, {
        method: 'POST',
        cookie: secretariatCookie,
        body: { fileName: 'Hesabat-v2.pdf', contentType: 'application/pdf', size: second.length },
      });
      expect(added.status).toBe(201);
      await postToS3(added.body.upload, second, 'Hesabat-v2.pdf');
      expect(
        (await checked(id, secretariatCookie, 2)).versions.find((v: { number: number }) => v.number === 2).status,
      ).toBe('available');
    });

    it('ask which versions become public (the current one ticked), and publish only those', async () => {
      const page = secretariat;
      await open(page, `/documents/${id}`);
      await page.locator('#edit-heading').waitFor();
      const found: string[] = [];
      for (const lang of ['az', 'en'] as const) {
        const words = messages[lang];
        await inLanguage(page, lang);
        await page.getByRole('radio', { name: words['docVisibility.public'] }).check();
        const picker = page.getByRole('group', { name: words['publicVersions.legend'] });
        await picker.waitFor();
        expect(await picker.getByRole('checkbox').count()).toBe(2);
        expect(await page.locator('#edit-public-version-2').isChecked()).toBe(true);
        expect(await page.locator('#edit-public-version-1').isChecked()).toBe(false);
        found.push(...(await axeViolations(page)));
        if (lang === 'az') {
          await page.getByRole('radio', { name: words['docVisibility.members'] }).check();
          await picker.waitFor({ state: 'detached' });
        }
      }
      expect(found).toEqual([]);
      await page.getByRole('button', { name: en['common.save'], exact: true }).click();
      const versionRow = (n: number) =>
        page
          .locator('.versions-table tbody tr')
          .filter({ has: page.locator('th', { hasText: new RegExp(`^${n}\\b`) }) });
      await versionRow(2).getByRole('cell', { name: en['versions.public'], exact: true }).waitFor();
      expect(await versionRow(1).getByRole('cell', { name: en['versions.members'], exact: true }).count()).toBe(1);

      // Anyone downloads the version made public; the earlier one stays for members.
      expect((await download(id, undefined, 2)).status).toBe(303);
      expect((await download(id, undefined, 1)).status).toBe(404);
      await open(anonymous, `/documents/${id}`);
      expect(
        await anonymous.getByRole('link', { name: az['versions.downloadVersion'].replace('{n}', '1') }).count(),
      ).toBe(0);
      await backToAzerbaijani(page);
    }, 240_000);

    it('ask before a new version of another kind of file, and upload it on "yes"', async () => {
      const page = secretariat;
      await open(page, `/documents/${id}`);
      const notes = { name: 'Qeydler.txt', mimeType: 'text/plain', buffer: Buffer.from('Görüşün qeydləri.\n') };
      const found: string[] = [];
      const said: Record<Language, string> = { az: '', en: '' };
      for (const lang of ['az', 'en'] as const) {
        const words = messages[lang];
        await inLanguage(page, lang);
        await page.locator('#version-file').setInputFiles(notes);
        await page.getByRole('button', { name: words['newVersion.submit'], exact: true }).click();
        await page.waitForFunction(() => document.activeElement?.id === 'kind-change-confirm');
        said[lang] = (await page.locator('#kind-change-confirm').textContent()) ?? '';
        found.push(...(await axeViolations(page)));
        if (lang === 'az') {
          await page.getByRole('button', { name: words['kindChange.keep'], exact: true }).click();
          await focusOn(page, words['newVersion.submit']);
        }
      }
      const question = (words: typeof az) =>
        words['kindChange.question']
          .replace('{fileName}', 'Qeydler.txt')
          .replace('{from}', words['fileKind.pdf'])
          .replace('{to}', words['fileKind.plain-text']);
      expect(said).toEqual({ az: question(az), en: question(en) });
      expect(found).toEqual([]);
      // Nothing was recorded while the question was open.
      expect((await api(`/api/documents/${id}`, { cookie: secretariatCookie })).body.versions).toHaveLength(2);

      await page.getByRole('button', { name: en['kindChange.confirm'], exact: true }).click();
      await page.waitForFunction(() => document.querySelectorAll('.versions-table tbody tr').length === 3);
      const stored = await checked(id, secretariatCookie, 3);
      expect(stored.versions.find((v: { number: number }) => v.number === 3).contentType).toBe('text/plain');
      await backToAzerbaijani(page);
    }, 240_000);
  });
});
