import { describe, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { open } from './pages.ts';

describe('shots', () => {
  it('takes', async () => {
    const baseUrl = inject('baseUrl');
    const browser = await launchBrowser();
    const [name, value] = inject('secretariatCookie').split(/=(.*)/s) as [string, string];
    for (const [label, viewport] of [
      ['desk', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      for (const lang of ['az', 'en']) {
        const context = await browser.newContext({ baseURL: baseUrl, viewport });
        await context.addInitScript((l) => localStorage.setItem('portal.language', l), lang);
        const page = await context.newPage();
        page.on('console', (m) => console.log('console', m.type(), m.text()));
        for (const path of ['/', '/sign-in?error=expired-link', '/outcomes']) {
          await open(page, path);
          await page.screenshot({
            path: `/tmp/shots/${label}-${lang}-anon${path.replace(/[/?=]/g, '_')}.png`,
            fullPage: true,
          });
        }
        await context.addCookies([{ name, value, url: baseUrl }]);
        for (const path of ['/', '/me', '/members', '/admin/members']) {
          await open(page, path);
          await page.screenshot({
            path: `/tmp/shots/${label}-${lang}-in${path.replace(/[/?=]/g, '_')}.png`,
            fullPage: true,
          });
        }
        if (label === 'desk' && lang === 'az') {
          await open(page, '/admin/members');
          await page.getByRole('button', { name: 'Dəvət göndər' }).click();
          await page.waitForTimeout(300);
          await page.screenshot({ path: `/tmp/shots/desk-az-invite-errors.png`, fullPage: true });
          await page.keyboard.press('Tab');
          await page.screenshot({ path: `/tmp/shots/desk-az-focus.png` });
        }
        await context.close();
      }
    }
    await browser.close();
  });
});
