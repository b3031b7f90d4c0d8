import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Language } from '#shared/schemas/common.ts';

/** A fresh visitor whose remembered language is `lang` (as if they had used the switch before). */
export async function newVisitor(browser: Browser, baseURL: string, lang: Language = 'az'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  // A missing element fails the test soon, rather than at Playwright's 30 s default.
  context.setDefaultTimeout(10_000);
  if (lang !== 'az') {
    await context.addInitScript((chosen) => {
      if (!window.localStorage.getItem('portal.language')) window.localStorage.setItem('portal.language', chosen);
    }, lang);
  }
  return context;
}

/** Waits until the page shows its heading and has nothing left loading. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'));
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
