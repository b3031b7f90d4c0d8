import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foundingThemes } from '#functions/domain/seed-themes.ts';
import { az } from '#shared/i18n/az.ts';
import { en } from '#shared/i18n/en.ts';
import type { Language } from '#shared/schemas/common.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, htmlLang, newVisitor, open, settled, signedInPage } from './pages.ts';

const baseUrl = inject('baseUrl');

/** The group's 2015 themes, as the portal seeds them (ARCHITECTURE.md, "Code map": domain/seed-themes.ts). */
const seededThemeNamesAz = [
  'Əlilliyi olan şəxslərin hüquqlarının müdafiəsi biznes və insan hüquqları kontekstində',
  'Biznes strukturlarında əmək hüquqlarının təmin olunmasında həmkarlar ittifaqlarının rolu',
  'Korporativ sosial məsuliyyət biznes və insan hüquqlarının mühüm elementi kimi',
  'Sahibkarların maraqlarının müdafiəsi biznes və insan hüquqları kontekstində',
];

/** Every page an anonymous visitor can reach. */
const publicPaths = ['/', '/sign-in', '/sign-in?error=expired-link', '/outcomes', '/sessions', '/documents'];

describe.skipIf(!browserAvailable)('the public pages', () => {
  let browser: Browser;
  const visitors: Partial<Record<Language, BrowserContext>> = {};
  const pages: Partial<Record<Language, Page>> = {};

  /** One visitor per language, kept across tests: a new browser context costs about a second. */
  async function visitorPage(lang: Language): Promise<Page> {
    let page = pages[lang];
    if (!page) {
      visitors[lang] = await newVisitor(browser, baseUrl, lang);
      page = await visitors[lang].newPage();
      pages[lang] = page;
    }
    return page;
  }

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
    expect(await htmlLang(page)).toBe('az');
    expect(await page.locator('h1').textContent()).toBe(az['home.title']);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.title()).toContain(en['site.portal']);

    await page.reload();
    await settled(page);
    expect(await htmlLang(page)).toBe('en');
    expect(await page.locator('h1').textContent()).toBe(en['home.title']);
    await context.close();
  });

  it('say so when the chosen language cannot be loaded, and load the page in it on the next try', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    await open(page, '/');
    const englishChunks = /\/assets\/en-[^/]*\.js$/;
    await page.route(englishChunks, (route) => route.abort('connectionreset'));
    await page.getByRole('button', { name: 'English' }).click();

    const alert = page.locator('.language-failed[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(az['layout.languageFailed']);
    expect(await alert.textContent()).toContain('Could not switch to English');
    expect(await htmlLang(page)).toBe('az');
    expect(await page.getByRole('button', { name: 'Azərbaycanca' }).getAttribute('aria-pressed')).toBe('true');

    await page.unroute(englishChunks);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: en['home.title'] }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await alert.count()).toBe(0);
    expect(await page.evaluate(() => window.localStorage.getItem('portal.language'))).toBe('en');
    await context.close();
  });

  it('ask nobody who is signed in for a visitor who never signed in; a member is asked and named', async () => {
    const context = await newVisitor(browser, baseUrl);
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/auth/session') asked.push(request.url());
    });
    for (const path of ['/', '/outcomes', '/sessions']) {
      await open(page, path);
      await page.getByRole('link', { name: az['nav.signIn'] }).waitFor();
    }
    expect(asked).toEqual([]);
    await context.close();

    const member = await signedInPage(browser, baseUrl, inject('secretariatCookie'));
    const answered = member.waitForResponse((answer) => new URL(answer.url()).pathname === '/api/auth/session');
    await open(member, '/');
    expect((await (await answered).json()).member).not.toBeNull();
    await member.getByRole('link', { name: az['nav.admin'] }).waitFor();
    await member.context().close();
  });

  it('show the four seeded themes, named in the reader’s language, and the service status', async () => {
    const themeNames = (page: Page) => page.locator('.theme-list h3').allTextContents();
    const pageAz = await visitorPage('az');
    await open(pageAz, '/');
    const namesAz = await themeNames(pageAz);
    for (const name of seededThemeNamesAz) expect(namesAz).toContain(name);
    expect(await pageAz.locator('.service-status').textContent()).toContain(`${az['health.label']} ${az['health.ok']}`);

    const pageEn = await visitorPage('en');
    await open(pageEn, '/');
    const namesEn = await themeNames(pageEn);
    // Other test files add themes meanwhile, so the seeded ones are looked for by name.
    for (const theme of foundingThemes) expect(namesEn).toContain(theme.name.en);
    for (const name of namesEn) expect(seededThemeNamesAz).not.toContain(name);
    expect(await pageEn.locator('.service-status').textContent()).toContain(`${en['health.label']} ${en['health.ok']}`);
  });

  it('move focus to the new page’s heading when a link is followed', async () => {
    const page = await visitorPage('az');
    await open(page, '/');
    await page.getByRole('navigation').getByRole('link', { name: az['nav.sessions'] }).click();
    await page.getByRole('heading', { level: 1, name: az['sessions.title'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sessions');
    // The heading shows before the page moves the focus to it: wait for the focus itself.
    await page.waitForFunction(
      (title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.includes(title),
      az['sessions.title'],
    );
    expect(await page.title()).toContain(az['sessions.title']);
  });

  it('say what went wrong with a sign-in link', async () => {
    const page = await visitorPage('az');
    await open(page, '/sign-in?error=expired-link');
    expect(await page.locator('main').textContent()).toContain(az['signIn.error.expired-link']);
    await open(page, '/sign-in?error=invalid-link');
    expect(await page.locator('main').textContent()).toContain(az['signIn.error.invalid-link']);
  });

  it('have no axe violations, in Azerbaijani and in English', async () => {
    // The two languages run side by side: axe is most of this suite's time.
    const violations = await Promise.all(
      (['az', 'en'] satisfies Language[]).map(async (lang) => {
        const page = await visitorPage(lang);
        const found: string[] = [];
        for (const path of publicPaths) {
          await open(page, path);
          expect(await htmlLang(page)).toBe(lang);
          found.push(...(await axeViolations(page)));
        }
        return found;
      }),
    );
    expect(violations.flat()).toEqual([]);
    // Six pages in two languages, the home page now with its lists: axe needs more than the default on 2 cores.
  }, 300_000);
});
