import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredCatalogEntry, StoredOutcome } from '#functions/data/outcomes.ts';
import { publishOutcome } from '#functions/domain/outcomes.ts';
import { flushLogs } from '#functions/log.ts';
import { capturedOutput } from './captured-output.ts';
import { aSession } from './fixtures.ts';
import { aMember, mockDeps } from './support.ts';

const secretariat = aMember({ role: 'secretariat' });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const heldSession = aSession({ id: 'ses_0042', status: 'held' });

const draft: StoredOutcome = {
  sessionId: heldSession.id,
  status: 'draft',
  visibility: null,
  summary: { az: 'Xülasə', en: 'Summary' },
  recommendations: [{ text: { az: 'Tövsiyə', en: 'Recommendation' }, addressees: ['businesses'] }],
  documents: [],
  attendance: null,
  publishedAt: null,
  correctedAt: null,
  revision: 1,
  updatedAt: '2026-11-20T00:00:00.000Z',
  version: 1,
};

describe('publishing outcomes whose recommendations cannot be followed', () => {
  it('still publishes, and logs and counts the failure instead of losing it', async () => {
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    vi.stubEnv('LOG_LEVEL', 'error');
    const lines = capturedOutput().json;
    const deps = mockDeps();
    deps.sessions.getWithRsvps = vi.fn(async () => ({ session: heldSession, rsvps: [] }));
    deps.themes.get = vi.fn(async () => undefined);
    deps.outcomes.getWithRevisions = vi.fn(async () => ({ outcome: draft, revisions: [] }));
    deps.outcomes.publish = vi.fn(async () => undefined);
    deps.outcomes.catalogEntry = vi.fn(async () => ({ sessionId: heldSession.id }) as StoredCatalogEntry);
    deps.recommendations.getMany = vi.fn(async () => {
      throw new Error('ProvisionedThroughputExceeded');
    });

    await expect(publishOutcome(deps, secretariat, heldSession.id)).resolves.toMatchObject({ status: 'published' });
    // The API and the event handlers wait for this before they answer (functions/log.ts).
    await flushLogs();

    expect(deps.recommendations.getMany).toHaveBeenCalledOnce();
    expect(lines).toContainEqual(expect.objectContaining({ RecommendationFollowFailed: 1 }));
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        sessionId: heldSession.id,
        error: { name: 'Error', message: 'ProvisionedThroughputExceeded' },
      }),
    );
  });
});
