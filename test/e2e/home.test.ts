import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { az } from '#shared/i18n/az.ts';
import { en } from '#shared/i18n/en.ts';
import type { Language } from '#shared/schemas/common.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, newVisitor, open, settled } from './pages.ts';

const baseUrl = inject('baseUrl');

/** The group's 2015 themes, as the portal seeds them (DESIGN.md, "The domain"). */
const seededThemeNamesAz = [
  'Əlilliyi olan şəxslərin hüquqlarının müdafiəsi biznes və insan hüquqları kontekstində',
  'Biznes strukturlarında əmək hüquqlarının təmin olunmasında həmkarlar ittifaqlarının rolu',
  'Korporativ sosial məsuliyyət biznes və insan hüquqlarının mühüm elementi kimi',
  'Sahibkarların maraqlarının müdafiəsi biznes və insan hüquqları kontekstində',
];

const publicPaths = ['/', '/sign-in', '/sign-in?error=expired-link', '/outcomes', '/sessions', '/documents'];

describe.skipIf(!browserAvailable)('the public pages', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('open in Azerbaijani, switch to English, and remember the choice', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    expect(await page.locator('h1').textContent()).toBe(az['home.title']);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toContain(en['site.portal']);

    await page.reload();
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(en['home.title']);

    await page.getByRole('button', { name: 'Azərbaycanca' }).click();
    await page.getByRole('heading', { level: 1, name: az['home.title'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('az');
    await context.close();
  });

  it('show the four seeded themes, named in the reader’s language', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/');
    const themeNames = () => page.locator('.theme-list h3').allTextContents();
    const namesAz = await themeNames();
    for (const name of seededThemeNamesAz) expect(namesAz).toContain(name);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: en['home.themesHeading'] }).waitFor();
    const namesEn = await themeNames();
    expect(namesEn).toHaveLength(namesAz.length);
    for (const name of seededThemeNamesAz) expect(namesEn).not.toContain(name);
    await context.close();
  });

  it('show the service status', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/');
    expect(await page.locator('.service-status').textContent()).toContain(`${az['health.label']} ${az['health.ok']}`);
    await context.close();
  });

  it('move focus to the new page’s heading when a link is followed', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/');
    await page.getByRole('navigation').getByRole('link', { name: az['nav.sessions'] }).click();
    await page.getByRole('heading', { level: 1, name: az['sessions.title'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sessions');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toContain(az['sessions.title']);
    await context.close();
  });

  it('name what went wrong with a sign-in link', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/sign-in?error=expired-link');
    expect(await page.locator('main').textContent()).toContain(az['signIn.error.expired-link']);
    await open(page, '/sign-in?error=invalid-link');
    expect(await page.locator('main').textContent()).toContain(az['signIn.error.invalid-link']);
    await context.close();
  });

  for (const lang of ['az', 'en'] satisfies Language[]) {
    it(`have no axe violations (${lang})`, async () => {
      const context = await newVisitor(browser, baseUrl, lang);
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of publicPaths) {
        await open(page, path);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        violations.push(...(await axeViolations(page)));
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }
});
