import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { newPerson } from '../support/people.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolationsInBothLanguages, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');
const az = messages.az;

/** A small PDF: the upload check looks for `%PDF-` in its first bytes. */
const pdf = Buffer.from(
  `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Biznes və insan hüquqları ${Date.now()}\n${'% sətir\n'.repeat(300)}trailer << /Root 1 0 R >>\n%%EOF\n`,
);
const title = `Əmək hüquqları: illik hesabat ${Date.now()}`;

describe.skipIf(!browserAvailable)('documents in the browser', () => {
  let browser: Browser;
  let member: Page;
  let anonymous: Page;
  let documentPath = '';
  const bigFile = join(tmpdir(), `boyuk-hesabat-${process.pid}.pdf`);

  beforeAll(async () => {
    // 101 MB that take no room: a sparse file, chosen by path (too big to hand over as a buffer).
    await writeFile(bigFile, '');
    await truncate(bigFile, 101 * 1024 * 1024);
    browser = await launchBrowser();
    const person = await newPerson('member');
    [member, anonymous] = await Promise.all([
      signedInPage(browser, baseUrl, person.cookie),
      newVisitor(browser, baseUrl).then((context) => context.newPage()),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await rm(bigFile, { force: true });
  });

  it('let a member upload a PDF with progress, wait for the check, and download it from its page', async () => {
    const page = member;
    await open(page, '/documents');
    await page.getByRole('main').getByRole('link', { name: az['documents.upload'] }).click();
    await page.getByRole('heading', { level: 1, name: az['upload.heading'] }).waitFor();
    await settled(page);
    await page.getByLabel(az['docField.file'], { exact: true }).setInputFiles({
      name: 'Illik-hesabat.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByLabel(az['docField.title']).fill(title);
    await page.getByLabel(az['docField.description']).fill('Həmkarlar ittifaqlarının rolu haqqında hesabat.');
    await page.getByLabel(az['docField.language']).selectOption('az');
    await page.getByRole('button', { name: az['upload.submit'], exact: true }).click();

    // The verdict of the check, shown and announced; the progress stays at its end.
    await page.locator('.upload-phase', { hasText: az['upload.available'] }).waitFor({ timeout: 20_000 });
    await page.getByRole('status').filter({ hasText: az['upload.available'] }).waitFor();
    const progress = await page
      .locator('#upload-progress')
      .evaluate((element: HTMLProgressElement) => ({ value: element.value, max: element.max }));
    expect(progress).toEqual({ value: pdf.length, max: pdf.length });
    expect(await page.locator('#upload-progress-text').textContent()).toMatch(/^100% — /);
    await page.getByRole('link', { name: az['upload.open'] }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 20_000 });
    await settled(page);
    documentPath = new URL(page.url()).pathname;
    expect(documentPath).toMatch(/^\/documents\/[\w-]+$/);
    const versions = page.getByRole('table', { name: az['versions.caption'] });
    expect(await versions.getByRole('row').count()).toBe(2);
    expect(await versions.getByRole('cell').first().textContent()).toBe('Illik-hesabat.pdf');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: new RegExp(`^${az['document.downloadCurrent']}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Illik-hesabat.pdf');
    const saved = await download.path();
    expect(Buffer.compare(await readFile(saved), pdf)).toBe(0);
  });

  it('read on past a page of the list that came back empty, instead of saying there is nothing', async () => {
    const page = member;
    // The API filters within one stretch of the table per page, so a page may hold nothing.
    const listing = /\/api\/documents\?/;
    await page.route(listing, async (route) => {
      const url = new URL(route.request().url());
      if (!url.searchParams.has('cursor')) return route.fulfill({ json: { items: [], nextCursor: 'read-on' } });
      if (url.searchParams.get('cursor') !== 'read-on') return route.continue();
      url.searchParams.delete('cursor');
      return route.continue({ url: url.toString() });
    });
    try {
      await open(page, '/documents');
      await page.locator('.document-list li').first().waitFor();
      expect(await page.locator('.result-count').textContent()).not.toBe(az['documents.empty']);
    } finally {
      await page.unroute(listing);
    }
  });

  it('refuse a file over 100 MB and an .exe before sending anything', async () => {
    const page = member;
    const posts: string[] = [];
    const watch = (request: { method(): string; url(): string }) => {
      if (request.method() !== 'GET') posts.push(`${request.method()} ${request.url()}`);
    };
    await open(page, '/documents/upload');
    page.on('request', watch);
    try {
      const fileInput = page.getByLabel(az['docField.file'], { exact: true });
      const fileError = page.locator('#document-file-error');
      await page.getByLabel(az['docField.title']).fill('Çox böyük fayl');

      await fileInput.setInputFiles(bigFile);
      await fileError.waitFor();
      expect(await fileError.textContent()).toBe(
        az['upload.error.tooBig'].replace('{name}', `boyuk-hesabat-${process.pid}.pdf`).replace('{size}', '101 MB'),
      );
      expect(await fileInput.getAttribute('aria-invalid')).toBe('true');
      await page.getByRole('button', { name: az['upload.submit'], exact: true }).click();
      await page.locator('.error-summary').waitFor();

      await fileInput.setInputFiles({
        name: 'setup.exe',
        mimeType: 'application/x-msdownload',
        buffer: Buffer.from('MZ\x90\x00'),
      });
      await page.locator('#document-file-error', { hasText: 'setup.exe' }).waitFor();
      expect(await fileError.textContent()).toBe(az['upload.error.type'].replace('{name}', 'setup.exe'));
      // The summary, shown since the first submit, already names the file and may still hold the
      // focus: the focus is put elsewhere first, so only the submit can bring it back.
      await fileInput.focus();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('document-file');
      await page.getByRole('button', { name: az['upload.submit'], exact: true }).click();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
      expect(await page.locator('.error-summary').textContent()).toContain(
        az['upload.error.type'].replace('{name}', 'setup.exe'),
      );
    } finally {
      page.off('request', watch);
    }
    expect(posts).toEqual([]);
  });

  it('have no axe violations, in Azerbaijani and in English', async () => {
    const violations = await Promise.all([
      axeViolationsInBothLanguages(anonymous, ['/documents']),
      axeViolationsInBothLanguages(member, ['/documents/upload', documentPath]),
    ]);
    expect(violations.flat()).toEqual([]);
  });
});
