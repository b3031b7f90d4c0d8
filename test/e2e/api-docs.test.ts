import { describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from './browser.ts';

describe.skipIf(!browserAvailable)('the API reference page under its content security policy', () => {
  it('runs its own inline script and refuses an injected one', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/content security policy/i.test(message.text())) violations.push(message.text());
      });
      const answer = await page.goto(`${inject('baseUrl')}/api/docs`);
      expect(answer?.headers()['content-security-policy']).toContain("script-src 'sha256-");
      // The operations are drawn by the inline script: they appear only if the policy let it run.
      await page.waitForSelector('#ops details');
      expect(await page.locator('#ops h2').count()).toBeGreaterThan(3);
      expect(violations).toEqual([]);
      // The portal's favicon, as on every page of the portal.
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBe('/favicon.png');
      const iconAnswer = await page.evaluate(async (href) => (await fetch(href)).status, icon ?? '');
      expect(iconAnswer).toBe(200);
      // An injected inline script is refused.
      const injected = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(injected).toBe(false);
      expect(violations.length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
