import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDeps } from '#functions/api/env.ts';
import { cloudFrontCache } from '#functions/data/edge-cache.ts';
import type { StoredOutcome } from '#functions/data/outcomes.ts';
import { publishOutcome, saveOutcome } from '#functions/domain/outcomes.ts';
import { transitionSession, updateSession } from '#functions/domain/sessions.ts';
import { createTheme, updateTheme } from '#functions/domain/themes.ts';
import { publicAnswers } from '#shared/public-answers.ts';
import { catalogQuerySchema } from '#shared/schemas/outcome.ts';
import type { Session } from '#shared/schemas/session.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { aSession } from './fixtures.ts';
import { aMember, mockDeps } from './support.ts';

const cloudFront = mockClient(CloudFrontClient);
const secretariat = aMember({ role: 'secretariat' });
const distributionId = 'E2EXAMPLE0001';

beforeEach(() => {
  cloudFront.reset();
  cloudFront.on(CreateInvalidationCommand).resolves({});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Use cases wired to the real CloudFront cache, whose client aws-sdk-client-mock answers. */
function depsWithCloudFront(): AppDeps {
  return mockDeps({ edgeCache: cloudFrontCache(distributionId) });
}

/** The paths of every invalidation asked for, one list per CreateInvalidation call. */
function invalidations(): string[][] {
  return cloudFront.commandCalls(CreateInvalidationCommand).map(({ args: [command] }) => {
    expect(command.input.DistributionId).toBe(distributionId);
    const paths = command.input.InvalidationBatch?.Paths;
    expect(paths?.Quantity).toBe(paths?.Items?.length);
    return paths?.Items ?? [];
  });
}

const outcome = (overrides: Partial<StoredOutcome> = {}): StoredOutcome => ({
  sessionId: 'ses_0001',
  status: 'draft',
  visibility: null,
  summary: { az: 'Xülasə', en: 'Summary' },
  recommendations: [],
  documents: [],
  attendance: null,
  publishedAt: null,
  correctedAt: null,
  revision: 1,
  updatedAt: '2026-11-20T00:00:00.000Z',
  version: 1,
  ...overrides,
});

const theme: Theme = {
  slug: 'labour-rights',
  name: { az: 'Əmək hüquqları', en: 'Labour rights' },
  description: { az: '', en: '' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
};

/** What a public outcome is part of: catalog and search (every query), exports, feed, sitemap. */
const outcomePaths = [
  '/api/feed.atom',
  '/api/outcomes.csv',
  '/api/outcomes.json',
  '/api/public/outcomes*',
  '/api/public/outcomes/years',
  '/api/sitemap.xml',
];

function withHeldSession(deps: AppDeps, visibility: Session['visibility']) {
  deps.sessions.get = vi.fn(async () => aSession({ status: 'held', visibility }));
  deps.sessions.getWithRsvps = vi.fn(async () => ({ session: aSession({ status: 'held', visibility }), rsvps: [] }));
  deps.themes.get = vi.fn(async () => theme);
  // No catalog entry to follow recommendations from: following them after publishing does nothing.
  deps.outcomes.catalogEntry = vi.fn(async () => undefined);
}

describe('publishing outcomes', () => {
  it.each([
    ['public', outcomePaths],
    ['members', []],
  ] as const)('of a %s session invalidates exactly %j', async (visibility, paths) => {
    const deps = depsWithCloudFront();
    withHeldSession(deps, visibility);
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: outcome(), revisions: [] }));
    deps.outcomes.publish = vi.fn(async () => undefined);
    await publishOutcome(deps, secretariat, 'ses_0001');
    expect(deps.outcomes.publish).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual(paths.length > 0 ? [paths] : []);
  });

  it('made public against the session’s visibility invalidates the public answers', async () => {
    const deps = depsWithCloudFront();
    withHeldSession(deps, 'members');
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: outcome(), revisions: [] }));
    deps.outcomes.publish = vi.fn(async () => undefined);
    await publishOutcome(deps, secretariat, 'ses_0001', { visibility: 'public' });
    expect(invalidations()).toEqual([outcomePaths]);
  });

  it('stands when CloudFront fails: the publication is saved and answered, the failure only logged and counted', async () => {
    cloudFront.on(CreateInvalidationCommand).rejects(new Error('Rate exceeded'));
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const deps = depsWithCloudFront();
    withHeldSession(deps, 'public');
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: outcome(), revisions: [] }));
    deps.outcomes.publish = vi.fn(async () => undefined);
    await expect(publishOutcome(deps, secretariat, 'ses_0001')).resolves.toMatchObject({ status: 'published' });
    expect(deps.outcomes.publish).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual([outcomePaths]);
    const metrics = written.filter((line) => line.includes('"_aws"')).map((line) => JSON.parse(line));
    expect(metrics).toEqual([expect.objectContaining({ EdgeInvalidationFailed: 1 })]);
  });
});

describe('saving outcomes', () => {
  const note = { az: 'Düzəliş', en: 'Correction' };

  it.each([
    ['public', outcomePaths],
    ['members', []],
  ] as const)('correcting %s published outcomes invalidates exactly %j', async (visibility, paths) => {
    const deps = depsWithCloudFront();
    const published = outcome({ status: 'published', visibility, publishedAt: '2026-11-21T00:00:00.000Z' });
    deps.sessions.get = vi.fn(async () => aSession({ status: 'published' }));
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: published, revisions: [] }));
    deps.outcomes.catalogEntry = vi.fn(async () => undefined);
    deps.themes.get = vi.fn(async () => theme);
    deps.outcomes.correct = vi.fn(async () => undefined);
    const input = { summary: { az: 'Yeni', en: 'New' }, recommendations: [], documents: [], note };
    await saveOutcome(deps, secretariat, 'ses_0001', input, published.version);
    expect(deps.outcomes.correct).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual(paths.length > 0 ? [paths] : []);
  });

  it('saving a draft invalidates nothing: no public answer shows drafts', async () => {
    const deps = depsWithCloudFront();
    deps.sessions.get = vi.fn(async () => aSession({ status: 'held' }));
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: outcome(), revisions: [] }));
    deps.outcomes.saveDraft = vi.fn(async () => undefined);
    await saveOutcome(deps, secretariat, 'ses_0001', { summary: note, recommendations: [], documents: [] }, 1);
    expect(deps.outcomes.saveDraft).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual([]);
  });
});

describe('moving sessions through their workflow', () => {
  it.each([
    ['schedules a public draft', aSession({ status: 'draft' }), 'scheduled', [['/api/calendar.ics']]],
    ['cancels a public scheduled session', aSession(), 'cancelled', [['/api/calendar.ics']]],
    ['marks a public session held (shown alike)', aSession({ startsAt: '2026-11-20T06:00:00.000Z' }), 'held', []],
    ['schedules a members-only draft', aSession({ status: 'draft', visibility: 'members' }), 'scheduled', []],
    ['cancels a members-only session', aSession({ visibility: 'members' }), 'cancelled', []],
  ] as const)('%s: invalidates exactly what it changed', async (_, before, to, paths) => {
    const deps = depsWithCloudFront();
    deps.sessions.get = vi.fn(async () => before);
    deps.sessions.update = vi.fn(async () => undefined);
    await transitionSession(deps, secretariat, before.id, to, before.version);
    expect(deps.sessions.update).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual(paths);
  });

  it('stands when CloudFront fails', async () => {
    cloudFront.on(CreateInvalidationCommand).rejects(new Error('AccessDenied'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const deps = depsWithCloudFront();
    deps.sessions.get = vi.fn(async () => aSession());
    deps.sessions.update = vi.fn(async () => undefined);
    await expect(transitionSession(deps, secretariat, 'ses_0001', 'cancelled', 3)).resolves.toMatchObject({
      status: 'cancelled',
    });
    expect(deps.sessions.update).toHaveBeenCalledOnce();
  });
});

describe('editing sessions', () => {
  it.each([
    [
      'moves a public scheduled session',
      aSession(),
      { startsAt: '2026-12-11T06:00:00+00:00', endsAt: '2026-12-11T08:00:00+00:00' },
      [['/api/calendar.ics']],
    ],
    ['renames a public scheduled session', aSession(), { title: { az: 'Yeni', en: 'New' } }, [['/api/calendar.ics']]],
    [
      'makes a members-only session public',
      aSession({ visibility: 'members' }),
      { visibility: 'public' },
      [['/api/calendar.ics']],
    ],
    ['changes the capacity (not in the calendar)', aSession(), { capacity: 60 }, []],
    ['moves a public draft (not in the calendar)', aSession({ status: 'draft' }), { venue: 'Elsewhere' }, []],
    ['moves a members-only session', aSession({ visibility: 'members' }), { venue: 'Elsewhere' }, []],
  ] as const)('%s: invalidates exactly what it changed', async (_, before, patch, paths) => {
    const deps = depsWithCloudFront();
    deps.sessions.get = vi.fn(async () => before);
    deps.sessions.update = vi.fn(async () => undefined);
    await updateSession(deps, secretariat, before.id, patch, before.version);
    expect(deps.sessions.update).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual(paths);
  });
});

describe('themes', () => {
  it('a new theme invalidates the themes list and the sitemap', async () => {
    const deps = depsWithCloudFront();
    deps.themes.create = vi.fn(async () => undefined);
    await createTheme(deps, secretariat, { slug: 'new-theme', name: theme.name, description: theme.description });
    expect(deps.themes.create).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual([['/api/public/themes', '/api/sitemap.xml']]);
  });

  it('a renamed theme also invalidates the feed and the calendar, which print its names', async () => {
    const deps = depsWithCloudFront();
    deps.themes.get = vi.fn(async () => theme);
    deps.themes.update = vi.fn(async () => undefined);
    await updateTheme(deps, secretariat, theme.slug, { name: { az: 'Yeni', en: 'New' } }, theme.version);
    expect(deps.themes.update).toHaveBeenCalledOnce();
    expect(invalidations()).toEqual([
      ['/api/calendar.ics', '/api/feed.atom', '/api/public/themes', '/api/sitemap.xml'],
    ]);
  });

  it('an edit that changes nothing writes and invalidates nothing', async () => {
    const deps = depsWithCloudFront();
    deps.themes.get = vi.fn(async () => theme);
    await updateTheme(deps, secretariat, theme.slug, { name: theme.name }, theme.version);
    expect(invalidations()).toEqual([]);
  });
});

describe('the public answers table', () => {
  it('keys the catalog copy on exactly the catalog’s query parameters', () => {
    expect([...publicAnswers.catalog.query].sort()).toEqual(Object.keys(catalogQuerySchema.shape).sort());
  });
});
