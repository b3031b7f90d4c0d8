import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { secretariat } from '../support/people.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const az = messages.az;
const theme = 'trade-unions-labour-rights';

/** A word no other outcome has, so that the search finds this file's outcome alone. */
const token = `forum${Date.now().toString(36)}`;
const title = {
  az: `İşçi hüquqları və həmkarlar ittifaqları ${token}`,
  en: `Workers’ rights and trade unions ${token}`,
};
const documentTitle = `Kollektiv müqavilələr: təlimat ${token}`;
const pdf = pdfBytes(`Kollektiv müqavilələr ${token}`);

describe.skipIf(!browserAvailable)('outcomes in the browser', () => {
  let browser: Browser;
  let visitor: Page;
  let reader: Page;
  let outcomePath = '';

  beforeAll(async () => {
    // Arranged through the API, as the secretariat: a public document, a held session, its outcomes published.
    const arrange = async () => {
      const cookie = await secretariat();
      const { id: documentId } = await share(cookie, pdf, {
        title: documentTitle,
        visibility: 'public',
        theme,
        fileName: 'Kollektiv-muqavileler.pdf',
      });
      const session = await heldSession({ theme, title });
      const saved = await saveOutcome(session.id, outcomeInput({ documents: [documentId] }));
      if (saved.status !== 200) throw new Error(`save answered ${saved.status}: ${JSON.stringify(saved.body)}`);
      const published = await publish(session.id);
      if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
      return session.id;
    };
    const [sessionId, launched] = await Promise.all([arrange(), launchBrowser()]);
    browser = launched;
    outcomePath = `/outcomes/${sessionId}`;
    const pages = () => newVisitor(browser, baseUrl).then((context) => context.newPage());
    [visitor, reader] = await Promise.all([pages(), pages()]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('let the secretariat write outcomes in the editor: add, remove, fix what is missing, save and publish', async () => {
    const session = await heldSession({ theme, title: { az: `Redaktor ${token}`, en: `Editor ${token}` } });
    const page = await signedInPage(browser, baseUrl, await secretariat());
    await open(page, `/sessions/${session.id}/outcomes/edit`);
    await page.getByText(az['outcomeEditor.new']).waitFor();
    const recommendation = (n: number) =>
      page.getByRole('group', { name: az['outcomeEditor.recommendation'].replace('{n}', String(n)), exact: true });

    await page.getByLabel(az['outcomeEditor.summaryAz']).fill('İclasda podrat zəncirləri müzakirə olundu.');
    await page.getByLabel(az['outcomeEditor.summaryEn']).fill('The session discussed supply chains.');
    for (const _ of [1, 2, 3]) await page.getByRole('button', { name: az['outcomeEditor.add'] }).click();
    await recommendation(1).getByLabel(az['outcomeEditor.textAz']).fill('Birinci tövsiyə');
    await recommendation(1).getByLabel(az['outcomeEditor.textEn']).fill('First recommendation');
    await recommendation(1).getByLabel(az['addressee.businesses']).check();
    await recommendation(2).getByLabel(az['outcomeEditor.textAz']).fill('Silinəcək tövsiyə');
    await recommendation(3).getByLabel(az['outcomeEditor.textAz']).fill('Üçüncü tövsiyə');
    // The second goes; the third becomes the second, still without its English text.
    await recommendation(2).getByRole('button', { name: az['outcomeEditor.remove'] }).click();
    expect(await recommendation(2).getByLabel(az['outcomeEditor.textAz']).inputValue()).toBe('Üçüncü tövsiyə');
    expect(await recommendation(3).count()).toBe(0);

    await page.getByRole('button', { name: az['outcomeEditor.save'] }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    const secondEnglish = recommendation(2).getByLabel(az['outcomeEditor.textEn']);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      `${az['outcomeEditor.recommendation'].replace('{n}', '2')}, ${az['outcomeEditor.textEn']}: ${az['errors.field.required']}`,
    ]);
    await summary.getByRole('link').click();
    await page.waitForFunction(() => document.activeElement?.id?.endsWith('-en') === true);
    await secondEnglish.fill('Third recommendation');
    await page.getByRole('button', { name: az['outcomeEditor.save'] }).click();
    await page.getByText(az['outcomeEditor.draft']).waitFor();

    const saved = await api(`/api/sessions/${session.id}/outcomes`, { cookie: await secretariat() });
    expect(saved.body).toMatchObject({
      status: 'draft',
      summary: { en: 'The session discussed supply chains.' },
      recommendations: [
        { text: { az: 'Birinci tövsiyə', en: 'First recommendation' }, addressees: ['businesses'] },
        { text: { az: 'Üçüncü tövsiyə', en: 'Third recommendation' }, addressees: [] },
      ],
    });

    await page.getByRole('button', { name: az['outcomeEditor.publish'] }).click();
    await page.getByRole('button', { name: az['outcomeEditor.publishConfirm'] }).click();
    await page.getByRole('link', { name: az['outcomeEditor.viewPublic'] }).waitFor();
    // Anyone may now read them.
    const published = await api(`/api/sessions/${session.id}/outcomes`);
    expect(published.body).toMatchObject({ status: 'published', recommendations: [{}, {}] });
    await page.context().close();
  });

  it('let a visitor find the outcome without Azerbaijani letters, read it and download its document', async () => {
    const page = visitor;
    await open(page, '/outcomes');
    await page.getByLabel(az['catalog.words']).fill(`ishci ${token}`);
    await page.getByRole('button', { name: az['catalog.submit'] }).click();
    // The catalog may already have said "1" before the search (or "21", which holds "1"): the
    // search's own address is waited for, then the exact count.
    await page.waitForURL((url) => url.searchParams.get('q') === `ishci ${token}`);
    const count = page.getByRole('main').locator('.result-count');
    await expect.poll(() => count.textContent()).toBe(az['catalog.count.one'].replace('{count}', '1'));

    await page.getByRole('link', { name: title.az }).click();
    await page.getByRole('heading', { level: 1, name: title.az }).waitFor();
    await settled(page);
    expect(new URL(page.url()).pathname).toBe(outcomePath);
    expect(await page.title()).toContain(title.az);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseUrl}${outcomePath}`);
    expect(await page.locator('main').textContent()).toContain(az['outcome.bakuTime']);

    // Grouped by addressee, each recommendation keeping its number.
    const unions = page.getByRole('region', { name: az['addressee.trade-unions'] });
    expect(await unions.getByRole('listitem').allTextContents()).toEqual(['Kollektiv müqavilələr bağlanılsın.']);
    const stateBodies = page.getByRole('region', { name: az['addressee.state-bodies'] });
    expect(await stateBodies.getByRole('listitem').getAttribute('value')).toBe('2');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // The hidden part of the link's name is a block of its own: a space may come before the colon.
      page.getByRole('link', { name: new RegExp(`^${az['outcome.download']}\\W+${documentTitle}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kollektiv-muqavileler.pdf');
    expect(Buffer.compare(await readFile(await download.path()), pdf)).toBe(0);
  });

  it('let anyone ask to follow a theme, and say what the confirmation link did', async () => {
    const page = reader;
    await open(page, `/themes/${theme}`);
    await page.locator('.outcome-list').getByRole('link', { name: title.az }).waitFor();
    const form = page.locator('form', { has: page.getByRole('button', { name: az['follow.submit'] }) });
    await form.getByLabel(az['follow.email']).fill(`izleyici-${token}@example.org`);
    await form.getByRole('button', { name: az['follow.submit'] }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `izleyici-${token}@example.org` })
      .waitFor();

    await open(page, '/follow?status=confirmed');
    expect(await page.locator('main .notice').textContent()).toBe(az['follow.status.confirmed']);
  });

  it('have no axe violations, in Azerbaijani and in English', async () => {
    const violations = await Promise.all([
      axeViolationsInBothLanguages(visitor, ['/outcomes', outcomePath]),
      axeViolationsInBothLanguages(reader, [`/themes/${theme}`, '/follow?status=invalid-link']),
    ]);
    expect(violations.flat()).toEqual([]);
  });
});
