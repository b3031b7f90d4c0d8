import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { newPerson, type Person } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { newVisitor, settled, signedInPage } from './pages.ts';

/*
 * A page opened from its address starts its first reads as soon as its chunk has loaded, and its
 * first drawing waits for them, for a while (web/src/app/read-ahead.ts, ARCHITECTURE.md "Pages").
 * Nothing here depends on how fast the machine is: the test holds the messages, which the first
 * drawing also waits for, until the reads have arrived; or holds a read until the page is drawn.
 */

const baseUrl = inject('baseUrl');
const token = `ilkbaxis${Date.now().toString(36)}`;
const outcomeTitle = { az: `Əmək hüquqları ${token}`, en: `Labour rights ${token}` };
const sessionTitle = { az: `Gələn iclas ${token}`, en: `Next session ${token}` };

interface FirstDrawing {
  text: string;
  loading: boolean;
}

/** Records what `main` held when the app first drew it, before any later change. */
async function recordFirstDrawing(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const main = document.querySelector('main');
      if (!main) return;
      (window as unknown as { firstDrawing: FirstDrawing }).firstDrawing = {
        text: main.textContent ?? '',
        loading: main.querySelector('.loading, [aria-busy="true"]') !== null,
      };
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

const firstDrawing = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { firstDrawing?: FirstDrawing }).firstDrawing)
    .then((handle) => handle.jsonValue() as Promise<FirstDrawing>);

/** Every API address the page asked for, with how often. */
function apiRequests(page: Page): Map<string, number> {
  const asked = new Map<string, number>();
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const address = url.pathname + url.search;
    asked.set(address, (asked.get(address) ?? 0) + 1);
  });
  return asked;
}

/** Resolves once the page has finished a request for each of `paths`. */
function finished(page: Page, paths: string[]): Promise<void> {
  const waiting = new Set(paths);
  return new Promise((done) => {
    page.on('requestfinished', (request: Request) => {
      waiting.delete(new URL(request.url()).pathname);
      if (waiting.size === 0) done();
    });
  });
}

/**
 * Holds the Azerbaijani messages, which the first drawing waits for, until `until` settles;
 * `held()` says how many it held, so that a test whose hold caught nothing fails.
 */
async function holdMessagesUntil(page: Page, until: Promise<void>): Promise<{ held: () => number }> {
  let held = 0;
  await page.route(/\/assets\/az-[^/]*\.js$/, async (route) => {
    held += 1;
    await until;
    await route.continue();
  });
  return { held: () => held };
}

describe.skipIf(!browserAvailable)('the first drawing of a page opened from its address', () => {
  let browser: Browser;
  let member: Person;
  let outcomeSessionId = '';
  let upcomingId = '';

  beforeAll(async () => {
    const arrange = async () => {
      const session = await heldSession({ title: outcomeTitle });
      const saved = await saveOutcome(session.id, outcomeInput());
      if (saved.status !== 200) throw new Error(`save answered ${saved.status}: ${JSON.stringify(saved.body)}`);
      const published = await publish(session.id);
      if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
      return session.id;
    };
    let upcoming: { id: string };
    [outcomeSessionId, upcoming, member, browser] = await Promise.all([
      arrange(),
      scheduledSession({ visibility: 'public', title: sessionTitle }),
      newPerson(),
      launchBrowser(),
    ]);
    upcomingId = upcoming.id;
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visitorPage = async () => (await newVisitor(browser, baseUrl)).newPage();

  it('draws the catalog with its results once they have arrived: no loading state, each read asked for once', async () => {
    const page = await visitorPage();
    await recordFirstDrawing(page);
    const asked = apiRequests(page);
    const hold = await holdMessagesUntil(
      page,
      finished(page, ['/api/public/outcomes', '/api/public/outcomes/years', '/api/public/themes']),
    );
    await page.goto(`/outcomes?q=${token}`);
    const drawn = await firstDrawing(page);
    expect(hold.held()).toBeGreaterThan(0);
    expect(drawn.loading).toBe(false);
    expect(drawn.text).toContain(outcomeTitle.az);
    await settled(page);
    expect([...asked.values()].every((times) => times === 1)).toBe(true);
    expect([...asked.keys()]).toContain(`/api/public/outcomes?q=${token}&limit=20`);
    await page.context().close();
  });

  it('draws an outcome page and a member’s session page whole, their record in the first drawing', async () => {
    const visitor = await visitorPage();
    await recordFirstDrawing(visitor);
    const visitorAsked = apiRequests(visitor);
    const outcomeReads = [`/api/sessions/${outcomeSessionId}/outcomes`, `/api/sessions/${outcomeSessionId}`];
    const visitorHold = await holdMessagesUntil(visitor, finished(visitor, [...outcomeReads, '/api/public/themes']));
    await visitor.goto(`/outcomes/${outcomeSessionId}`);
    const outcomeDrawn = await firstDrawing(visitor);
    expect(visitorHold.held()).toBeGreaterThan(0);
    expect(outcomeDrawn.loading).toBe(false);
    expect(outcomeDrawn.text).toContain(outcomeTitle.az);
    for (const read of outcomeReads) expect(visitorAsked.get(read)).toBe(1);

    const reader = await signedInPage(browser, baseUrl, member.cookie);
    await recordFirstDrawing(reader);
    const readerAsked = apiRequests(reader);
    const readerHold = await holdMessagesUntil(
      reader,
      finished(reader, [`/api/sessions/${upcomingId}`, '/api/public/themes']),
    );
    await reader.goto(`/sessions/${upcomingId}`);
    const sessionDrawn = await firstDrawing(reader);
    expect(readerHold.held()).toBeGreaterThan(0);
    expect(sessionDrawn.loading).toBe(false);
    expect(sessionDrawn.text).toContain(sessionTitle.az);
    expect(readerAsked.get(`/api/sessions/${upcomingId}`)).toBe(1);
    await Promise.all([visitor.context().close(), reader.context().close()]);
  });

  it('draws the page without waiting for ever: a slow read shows its loading state, then the record, read once', async () => {
    const page = await visitorPage();
    await recordFirstDrawing(page);
    const asked = apiRequests(page);
    const sessionRead = `/api/sessions/${upcomingId}`;
    // The read waits until the page has been drawn without it.
    await page.route(
      (url) => url.pathname === sessionRead,
      async (route) => {
        await firstDrawing(page);
        await route.continue();
      },
    );
    await page.goto(`/sessions/${upcomingId}`);
    const first = await firstDrawing(page);
    expect(first.loading).toBe(true);
    expect(first.text).not.toContain(sessionTitle.az);
    await page.locator('main h1', { hasText: sessionTitle.az }).waitFor();
    expect(asked.get(sessionRead)).toBe(1);
    await page.context().close();
  });

  it('reads each of the home page’s lists once', async () => {
    const page = await visitorPage();
    const asked = apiRequests(page);
    await page.goto('/');
    await settled(page);
    expect(asked.size).toBeGreaterThan(0);
    expect(Object.fromEntries([...asked].filter(([, times]) => times !== 1))).toEqual({});
  });
});
