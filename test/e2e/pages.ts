import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import type { Language } from '#shared/schemas/common.ts';

/** A fresh visitor whose remembered language is `lang` (as if they had used the switch before). */
export async function newVisitor(browser: Browser, baseURL: string, lang: Language = 'az'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  // Every wait is for a state the page must reach, so only a page that never reaches it runs into
  // this; it is kept at Playwright's 30 s because a busy CI machine can take more than 10 s for one
  // step (a 10 s limit once failed a correct page under four suites at once).
  context.setDefaultTimeout(30_000);
  if (lang !== 'az') {
    await context.addInitScript((chosen) => {
      if (!window.localStorage.getItem('portal.language')) window.localStorage.setItem('portal.language', chosen);
    }, lang);
  }
  return context;
}

/**
 * Waits until the page shows its heading and has nothing left loading; a page that never does
 * fails naming its address and what it showed instead.
 */
export async function settled(page: Page): Promise<void> {
  try {
    await page.locator('main h1').waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'));
  } catch (error) {
    const shown = await page
      .evaluate(
        () => document.getElementById('app')?.innerHTML.slice(0, 2_000) ?? document.body.innerHTML.slice(0, 2_000),
      )
      .catch(() => '(the page could not be read)');
    throw new Error(
      `${page.url()} did not settle: ${error instanceof Error ? error.message : error}\nIt showed: ${shown}`,
    );
  }
}

export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settled(page);
}

/** The axe findings of the page, one readable line each, so a failing assertion says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are wanted; the details of passing checks cost most of axe's time.
  const { violations } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const url = new URL(page.url());
  const lang = await page.evaluate(() => document.documentElement.lang);
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
    return `${url.pathname}${url.search} [${lang}] ${violation.id} (${violation.impact}): ${violation.help} — ${nodes.join(' | ')}`;
  });
}

/**
 * Gives a browser the session cookie (as `name=value`) and the signed-in hint beside it, as
 * following a sign-in link does (functions/api/session-cookie.ts).
 */
export async function holdSession(context: BrowserContext, baseURL: string, cookie: string): Promise<void> {
  const [name = '', value = ''] = cookie.split(/=(.*)/s);
  await context.addCookies([
    { name, value, url: baseURL },
    { name: 'bhr_signed_in', value: '1', url: baseURL },
  ]);
}

/** A fresh visitor holding a session cookie (as `name=value`), on a new page. */
export async function signedInPage(browser: Browser, baseURL: string, cookie: string): Promise<Page> {
  const context = await newVisitor(browser, baseURL);
  await holdSession(context, baseURL, cookie);
  return context.newPage();
}

export const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/**
 * Axe on each page in both languages, switching with the language buttons rather than loading
 * the page again; the pages in `onlyAz` (whose markup the language does not change) in one.
 */
export async function axeViolationsInBothLanguages(
  page: Page,
  paths: string[],
  onlyAz: string[] = [],
): Promise<string[]> {
  const found: string[] = [];
  // What went wrong on the way, so that a switch that never happens says why (a failed chunk, an
  // error in the console) instead of only that it timed out.
  const trouble: string[] = [];
  const pending = new Set<Request>();
  const onRequest = (request: Request) => pending.add(request);
  const onFinished = (request: Request) => pending.delete(request);
  const onFailed = (request: Request) => {
    pending.delete(request);
    trouble.push(`failed ${request.url()}: ${request.failure()?.errorText}`);
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') trouble.push(`console: ${message.text()}`);
  };
  const onPageError = (error: Error) => trouble.push(`page error: ${error.message}`);
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const stopListening = () => {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  /** The language switch as the page shows it, and the requests still waiting for an answer. */
  const switchState = () =>
    page.evaluate(() => ({
      busy: [...document.querySelectorAll('.language-switch button[aria-busy="true"]')].map((b) => b.textContent),
      pressed: document.querySelector('.language-switch button[aria-pressed="true"]')?.textContent,
      alert: document.querySelector('.language-failed')?.textContent ?? null,
    }));
  const inLanguage = async (lang: Language) => {
    if ((await htmlLang(page)) !== lang) {
      await page.getByRole('button', { name: lang === 'az' ? 'Azərbaycanca' : 'English' }).click();
      await page
        .waitForFunction((wanted) => document.documentElement.lang === wanted, lang)
        .catch(async (error: unknown) => {
          const waiting = [...pending].map((request) => request.url()).join(', ') || 'none';
          throw new Error(
            `${page.url()} did not switch to ${lang}; on the way: ${trouble.join('; ') || 'nothing'}; ` +
              `switch: ${JSON.stringify(await switchState().catch(String))}; requests unanswered: ${waiting}`,
            { cause: error },
          );
        });
      await settled(page);
    }
    found.push(...(await axeViolations(page)));
  };
  for (const path of [...paths, ...onlyAz]) {
    await open(page, path);
    const first = await htmlLang(page);
    if (onlyAz.includes(path)) await inLanguage('az');
    else for (const lang of first === 'en' ? (['en', 'az'] as const) : (['az', 'en'] as const)) await inLanguage(lang);
  }
  stopListening();
  await page.evaluate(() => window.localStorage.setItem('portal.language', 'az'));
  return found;
}
