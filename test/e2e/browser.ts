import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests can run here; on CI a missing browser fails them instead. */
export const browserAvailable = existsSync(chromePath);

if (!browserAvailable) {
  const reason = `no Chromium at ${chromePath} (install it, or point CHROME_PATH at one)`;
  if (process.env.CI) throw new Error(`The browser tests cannot run on CI: ${reason}.`);
  console.warn(`Skipping the browser tests: ${reason}.`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
