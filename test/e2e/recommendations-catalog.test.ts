import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { messages } from '#shared/i18n/t.ts';
import { api } from '../support/http.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { secretariat } from '../support/people.ts';
import { uniqueLabel } from '../support/rounds.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { axeViolations, newVisitor, open } from './pages.ts';

const baseUrl = inject('baseUrl');
const { az, en } = messages;

/** More than the catalog's page of 20: the rest come with "show more". */
const ownRecommendations = 23;
const shown = (count: number, words: Record<string, string>) =>
  (words['rec.count.other'] ?? '').replace('{count}', String(count));

describe.skipIf(!browserAvailable)('the recommendations catalog in the browser', () => {
  let browser: Browser;
  let visitor: Page;
  let theme = '';
  let label = '';

  beforeAll(async () => {
    // A theme of this file's own, so that filtering to it lists only the recommendations made here.
    const arrange = async () => {
      label = uniqueLabel();
      theme = `rec-catalog-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.replace(/-+$/, '');
      const created = await api('/api/themes', {
        method: 'POST',
        cookie: await secretariat(),
        body: {
          slug: theme,
          name: { az: `Kataloq mövzusu ${label}`, en: `Catalog theme ${label}` },
          description: { az: 'Təsvir', en: 'Description' },
        },
      });
      if (created.status !== 201) throw new Error(`theme answered ${created.status}: ${JSON.stringify(created.body)}`);
      const session = await heldSession({ theme });
      const recommendations = Array.from({ length: ownRecommendations }, (_, index) => ({
        text: { az: `Tövsiyə ${index + 1} ${label}`, en: `Recommendation ${index + 1} ${label}` },
        addressees: ['businesses'],
      }));
      const saved = await saveOutcome(session.id, outcomeInput({ recommendations }));
      if (saved.status !== 200) throw new Error(`save answered ${saved.status}: ${JSON.stringify(saved.body)}`);
      const published = await publish(session.id);
      if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
    };
    const [, launched] = await Promise.all([arrange(), launchBrowser()]);
    browser = launched;
    visitor = await (await newVisitor(browser, baseUrl)).newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads on past the first page, keeping status and theme in the address', async () => {
    await open(visitor, `/recommendations?status=not-started&theme=${theme}`);
    const main = visitor.locator('main');
    const listed = main.locator('ul.link-list a[href^="/recommendations/"]');
    await main.getByText(shown(20, az)).waitFor();
    expect(await listed.count()).toBe(20);
    expect(await visitor.locator('#status-filter').inputValue()).toBe('not-started');
    expect(await visitor.locator('#theme-filter').inputValue()).toBe(theme);

    await main.getByRole('button', { name: az['rec.loadMore'] }).click();
    await main.getByText(shown(ownRecommendations, az)).waitFor();
    const texts = await listed.allTextContents();
    expect(texts.filter((text) => text.endsWith(label))).toHaveLength(ownRecommendations);
    expect(new Set(texts).size).toBe(ownRecommendations);
    await main.getByRole('button', { name: az['rec.loadMore'] }).waitFor({ state: 'detached' });
    expect(await axeViolations(visitor)).toEqual([]);
  });

  it('applies new filters through the address, in either language', async () => {
    await open(visitor, `/recommendations?theme=${theme}`);
    const main = visitor.locator('main');
    await main.getByText(shown(20, az)).waitFor();
    await visitor.locator('#status-filter').selectOption('implemented');
    await main.getByRole('button', { name: az['rec.filter'], exact: true }).click();
    await visitor.waitForFunction(
      (wanted) => new URL(location.href).search === wanted,
      `?status=implemented&theme=${theme}`,
    );
    await main.getByText(az['rec.none'] ?? '').waitFor();

    await visitor.getByRole('button', { name: 'English' }).click();
    await main.getByText(en['rec.none'] ?? '').waitFor();
    await visitor.getByRole('button', { name: 'Azərbaycanca' }).click();
    await main.getByText(az['rec.none'] ?? '').waitFor();
  });
});
