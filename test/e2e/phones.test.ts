import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Language } from '#shared/schemas/common.ts';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { markHeld, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';
import { newPerson, type Person } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';
import { browserAvailable, launchBrowser } from './browser.ts';
import { holdSession, newVisitor, settled } from './pages.ts';

const baseUrl = inject('baseUrl');
const secretariatCookie = inject('secretariatCookie');
const noNeeds = { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' };
const widths = [320, 390] as const;

type Role = 'anonymous' | 'member' | 'secretariat';

/** The layout shifts of the page so far that no input caused (what CLS adds up, for one load). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<
            PerformanceEntry & { value: number; hadRecentInput: boolean }
          >) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in the observer's first callback, in a task after this one.
        setTimeout(() => resolve(total), 100);
      }),
  );

describe.skipIf(!browserAvailable)('every page on a phone, for every role', () => {
  let browser: Browser;
  let member: Person;
  let ownSessionId = '';
  const paths: Record<Role, string[]> = { anonymous: [], member: [], secretariat: [] };

  beforeAll(async () => {
    browser = await launchBrowser();
    member = await newPerson();
    // A title with a word longer than a phone is wide (a pasted address, a compound word): it must
    // wrap, not push the lists and the session page sideways.
    const longWord = 'İnsanhüquqlarıvəbiznesüzrəmilliFəaliyyətPlanınınİcrasınaDairHesabat2026';
    const scheduled = await scheduledSession({ visibility: 'public', title: { az: longWord, en: longWord } });
    await api(`/api/sessions/${scheduled.id}/rsvp`, {
      method: 'PUT',
      cookie: member.cookie,
      body: {
        answer: 'yes',
        needs: { ...noNeeds, signLanguage: true, other: 'Çap olunmuş materiallar iri şriftlə, zəhmət olmasa' },
      },
    });
    const held = await scheduledSession({ visibility: 'public' });
    await api(`/api/sessions/${held.id}/rsvp`, {
      method: 'PUT',
      cookie: member.cookie,
      body: { answer: 'yes', needs: noNeeds },
    });
    await markHeld(held);
    const published = await scheduledSession({ visibility: 'public' });
    await markHeld(published);
    await saveOutcome(published.id, outcomeInput());
    await publish(published.id);
    const document = await share(secretariatCookie, pdfBytes(), {
      visibility: 'public',
      fileName: 'Biznes_və_insan_hüquqları_üzrə_işçi_qrupunun_illik_hesabatı_2015.pdf',
    });
    const month = scheduled.startsAt.slice(0, 7);
    ownSessionId = scheduled.id;

    paths.anonymous = [
      '/',
      '/sign-in',
      '/sign-in?error=expired-link',
      '/sign-in/check-email',
      '/outcomes',
      `/outcomes/${published.id}`,
      '/sessions',
      `/sessions?view=month&month=${month}`,
      `/sessions/${scheduled.id}`,
      `/sessions/${published.id}`,
      '/documents',
      `/documents/${document.id}`,
      '/themes/disability-rights',
      '/follow',
      '/follow?status=confirmed&theme=disability-rights',
      '/no-such-page',
      '/recommendations',
      '/rounds',
    ];
    paths.member = [
      '/',
      '/me',
      '/members',
      '/documents/upload',
      `/sessions/${scheduled.id}`,
      `/documents/${document.id}`,
      '/rounds',
    ];
    paths.secretariat = [
      '/',
      '/admin/members',
      '/sessions/new',
      `/sessions/${scheduled.id}`,
      `/sessions/${scheduled.id}/edit`,
      `/sessions/${held.id}`,
      `/sessions/${held.id}/outcomes/edit`,
      `/sessions?view=month&month=${month}`,
      `/documents/${document.id}`,
      '/rounds',
      '/rounds/new',
    ];
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function phone(role: Role, lang: Language, width: number): Promise<{ page: Page; errors: string[] }> {
    const context = await newVisitor(browser, baseUrl, lang);
    if (role !== 'anonymous') {
      await holdSession(context, baseUrl, role === 'member' ? member.cookie : secretariatCookie);
    }
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    return { page, errors };
  }

  /** Pages whose width exceeds the screen's: a sideways scroll the reader did not ask for. */
  async function overflowing(page: Page, path: string): Promise<string | null> {
    await page.goto(path);
    await settled(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    return scrollWidth > clientWidth ? `${path} at ${clientWidth}px is ${scrollWidth}px wide` : null;
  }

  for (const [roleIndex, role] of (['anonymous', 'member', 'secretariat'] as const).entries()) {
    it(`scroll no page sideways at 320 and 390 px, nor log a console error (${role}, both languages)`, async () => {
      const found: string[] = [];
      const errors: string[] = [];
      // The narrowest screen in both languages; the wider one in one language a role, taking turns,
      // so that each language is seen at each width (a page that fits 320 px rarely breaks at 390).
      const [narrow, wider] = widths;
      const wideLanguage = roleIndex % 2 === 0 ? 'az' : 'en';
      const passes = [
        [narrow, 'az'],
        [narrow, 'en'],
        [wider, wideLanguage],
      ] as const;
      for (const [width, lang] of passes) {
        const visit = await phone(role, lang, width);
        for (const path of paths[role]) {
          const overflow = await overflowing(visit.page, path);
          if (overflow) found.push(`${overflow} [${lang}]`);
        }
        errors.push(...visit.errors);
        await visit.page.context().close();
      }
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    }, 300_000);
  }

  it('show the month as a list of its busy days on a phone, and seven columns on a desktop', async () => {
    const month = paths.anonymous.find((path) => path.includes('view=month')) as string;
    const { page } = await phone('anonymous', 'az', 390);
    await page.goto(month);
    await settled(page);
    // Other files put sessions in the same month, so the test checks the rule, not a count: a phone
    // shows exactly the days that have a session (and today), and this file's own session among them.
    const cells = await page.locator('.month td').evaluateAll((found) =>
      found.map((cell) => ({
        day: cell.querySelector('.day-number')?.textContent ?? '',
        shown: (cell as HTMLElement).offsetParent !== null,
        expected:
          !cell.classList.contains('month-outside') &&
          (cell.querySelector('ul') !== null || cell.getAttribute('aria-current') === 'date'),
      })),
    );
    expect(cells.filter((cell) => cell.shown !== cell.expected)).toEqual([]);
    await expect.poll(() => page.locator(`.month a[href="/sessions/${ownSessionId}"]`).isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(
      () => getComputedStyle(document.querySelector('.month thead') as Element).display !== 'none',
    );
    expect(await page.locator('.month thead th').count()).toBe(7);
    await page.context().close();
  });

  it('lay out the home, catalog, outcome and session pages without shifting them as they load', async () => {
    const { page } = await phone('anonymous', 'az', 390);
    const checked = ['/', '/outcomes', paths.anonymous[5] as string, paths.anonymous[8] as string];
    const shifts: string[] = [];
    for (const path of checked) {
      await page.goto(path);
      await settled(page);
      const shift = await layoutShift(page);
      if (shift > 0.02) shifts.push(`${path}: ${shift.toFixed(3)}`);
    }
    expect(shifts).toEqual([]);
    await page.context().close();
  });
});
