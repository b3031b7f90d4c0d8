import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoEvents, demoNotice, demoUpcoming } from '#dev/demo-content.ts';
import { killStackProcess, type StackProcess, startStackProcessOnFreePorts } from '#dev/stack-process.ts';
import type { Language } from '#shared/schemas/common.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { newVisitor, open } from './pages.ts';

/**
 * What a newcomer sees after `npm start`: a stack of its own (the shared test stack starts
 * without the demo archive) started exactly as `npm start` starts, checked for the demo
 * archive, then photographed for the README in both languages. The pictures are written, never
 * compared: the test asserts that each page shows its content.
 */
// `npm start` with the demo seed takes minutes on a busy 2-core machine (startStackProcess waits up to 5).
const startTimeout = 330_000;
const readmeScreenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field
type Json = Record<string, any>;

async function get(baseUrl: string, path: string): Promise<Json> {
  const answer = await fetch(`${baseUrl}${path}`);
  if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}`);
  return (await answer.json()) as Json;
}

/** Every item of a paged list, read to its end. */
async function all(baseUrl: string, path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await get(baseUrl, `${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** What the demo holds, as a visitor's API answers show it. */
async function archiveOf(baseUrl: string) {
  const [outcomes, sessions, documents] = await Promise.all([
    all(baseUrl, '/api/outcomes?limit=100'),
    all(baseUrl, '/api/sessions?limit=100&from=2015-01-01T00:00:00%2B04:00'),
    all(baseUrl, '/api/documents?limit=100'),
  ]);
  return { outcomes, sessions, documents };
}

/** Stops `npm start` as Ctrl-C does, so that DynamoDB Local keeps what it acknowledged. */
async function stopGracefully(stack: StackProcess): Promise<void> {
  if (stack.child.exitCode !== null) return;
  const exited = new Promise((done) => stack.child.once('exit', done));
  stack.child.kill('SIGTERM');
  await exited;
}

describe.skipIf(!browserAvailable)('the demo archive `npm start` seeds, and the README screenshots', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-demo-'));
  const emptyDir = mkdtempSync(join(tmpdir(), 'portal-empty-'));
  const screenshots = process.env.UPDATE_SCREENSHOTS === '1' ? readmeScreenshots : join(dataDir, 'screenshots');
  let stack: StackProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    stack = await startStackProcessOnFreePorts(dataDir, { demo: true });
    browser = await launchBrowser();
  }, startTimeout);

  afterAll(async () => {
    await browser?.close();
    if (stack) await killStackProcess(stack);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(emptyDir, { recursive: true, force: true });
  });

  const running = () => stack as StackProcess;

  it('holds the 2015 series held and published, two sessions to come and checked PDFs, all marked as demo content', async () => {
    const { outcomes, sessions, documents } = await archiveOf(running().baseUrl);

    expect(outcomes.map((outcome) => outcome.title.en).sort()).toEqual(demoEvents.map((e) => e.title.en).sort());
    for (const entry of outcomes) {
      expect(entry.sessionStartsAt.slice(0, 4)).toBe('2015');
      expect(entry.summary.az.startsWith(demoNotice.az)).toBe(true);
      expect(entry.summary.en.startsWith(demoNotice.en)).toBe(true);
      const outcome = await get(running().baseUrl, `/api/sessions/${entry.sessionId}/outcomes`);
      expect(outcome.status).toBe('published');
      expect(outcome.recommendations.length).toBeGreaterThanOrEqual(3);
      expect(outcome.attendance.attended).toBeGreaterThan(0);
    }

    const upcoming = sessions.filter((session) => Date.parse(session.startsAt) > Date.now());
    expect(upcoming.map((session) => session.title.en).sort()).toEqual(demoUpcoming.map((u) => u.title.en).sort());
    expect(upcoming.every((session) => session.status === 'scheduled')).toBe(true);
    expect(sessions.filter((session) => session.status === 'published')).toHaveLength(demoEvents.length);

    const demoDocuments = demoEvents.flatMap((event) => event.documents.map((document) => document.title));
    expect(documents.map((document) => document.title).sort()).toEqual(demoDocuments.sort());
    expect(documents.every((document) => document.status === 'available' && document.visibility === 'public')).toBe(
      true,
    );
    const download = await fetch(`${running().baseUrl}/api/documents/${documents[0]?.id}/download`, {
      redirect: 'manual',
    });
    const file = Buffer.from(await (await fetch(download.headers.get('location') ?? '')).arrayBuffer());
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('photographs home, catalog, an outcome, a session and the calendar in both languages', async () => {
    const { outcomes, sessions } = await archiveOf(running().baseUrl);
    const labour = demoEvents[1];
    const outcome = outcomes.find((entry) => entry.title.en === labour?.title.en);
    const next = sessions
      .filter((session) => Date.parse(session.startsAt) > Date.now())
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
    if (!labour || !outcome || !next) throw new Error('the demo archive is incomplete');
    const month = new Date(Date.parse(next.startsAt) + 4 * 3_600_000).toISOString().slice(0, 7);
    const shots: Array<{ name: string; path: string; shows: (lang: Language) => string }> = [
      // The 2015 events carry their themes' names, which the home page shows either way.
      { name: 'home', path: '/', shows: (lang) => labour.title[lang] },
      { name: 'catalog', path: '/outcomes', shows: (lang) => labour.title[lang] },
      {
        name: 'outcome',
        path: `/outcomes/${outcome.sessionId}`,
        shows: (lang) => labour.outcome.recommendations[0]?.text[lang] ?? '',
      },
      { name: 'session', path: `/sessions/${next.id}`, shows: (lang) => next.title[lang] },
      { name: 'calendar', path: `/sessions?view=month&month=${month}`, shows: (lang) => next.title[lang] },
    ];
    mkdirSync(screenshots, { recursive: true });
    for (const lang of ['az', 'en'] as const) {
      const context = await newVisitor(browser as Browser, running().baseUrl, lang);
      const page: Page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const shot of shots) {
        await open(page, shot.path);
        await page.waitForFunction(
          ([text, wanted]) =>
            document.documentElement.lang === wanted && document.querySelector('main')?.textContent?.includes(text),
          [shot.shows(lang), lang] as const,
        );
        await page.evaluate(() => document.fonts.ready);
        writeFileSync(
          join(screenshots, `${shot.name}-${lang}.png`),
          await page.screenshot({ fullPage: true, animations: 'disabled' }),
        );
      }
      await context.close();
    }
    for (const shot of shots) {
      expect(existsSync(join(screenshots, `${shot.name}-az.png`))).toBe(true);
      expect(existsSync(join(screenshots, `${shot.name}-en.png`))).toBe(true);
    }
  });

  it(
    'seeds nothing twice when a start finds its seed unfinished',
    async () => {
      const before = await archiveOf(running().baseUrl);
      await stopGracefully(running());
      // What a start interrupted while seeding leaves behind (dev/start.ts).
      writeFileSync(join(dataDir, 'seed-pending'), '');
      stack = await startStackProcessOnFreePorts(dataDir, { demo: true });
      // The stack answers once its seed has run: the mark is gone.
      expect(existsSync(join(dataDir, 'seed-pending'))).toBe(false);
      const after = await archiveOf(running().baseUrl);
      expect(after.outcomes.map((o) => o.sessionId).sort()).toEqual(before.outcomes.map((o) => o.sessionId).sort());
      expect(after.sessions.map((s) => s.id).sort()).toEqual(before.sessions.map((s) => s.id).sort());
      expect(after.documents.map((d) => d.id).sort()).toEqual(before.documents.map((d) => d.id).sort());
    },
    startTimeout,
  );

  it(
    'DEMO=0 starts empty: the founding themes, no sessions, outcomes or documents',
    async () => {
      await stopGracefully(running());
      stack = await startStackProcessOnFreePorts(emptyDir, { demo: false });
      const { outcomes, sessions, documents } = await archiveOf(running().baseUrl);
      expect([outcomes.length, sessions.length, documents.length]).toEqual([0, 0, 0]);
      expect((await get(running().baseUrl, '/api/themes')).items).toHaveLength(demoEvents.length);
    },
    startTimeout,
  );
});
