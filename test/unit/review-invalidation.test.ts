import { describe, expect, it, vi } from 'vitest';
import { reviewReport } from '#functions/domain/rounds.ts';
import { aMember, mockDeps } from './support.ts';

const secretariat = aMember({ role: 'secretariat' });

/** A round open for reports, with one unreviewed report on a recommendation of the given visibility. */
function depsWithReport(visibility: 'public' | 'members') {
  const invalidate = vi.fn(async () => undefined);
  const deps = mockDeps({ edgeCache: { invalidate } });
  deps.rounds.getWithReports = vi.fn(async () => ({
    round: { id: 'rnd_0001', status: 'open' } as never,
    reports: [
      {
        id: 'rep_0001',
        recommendationId: 'ses_0001-1',
        organisation: 'Biznes MMC',
        organisationKey: 'biznes-mmc',
        status: 'in-progress',
        text: { az: '', en: 'A policy was adopted.' },
        documents: [],
        review: null,
        version: 1,
      } as never,
    ],
  }));
  deps.recommendations.get = vi.fn(async () => ({
    id: 'ses_0001-1',
    status: 'not-started' as const,
    latestChange: null,
    visibility,
    version: 3,
  })) as never;
  deps.rounds.review = vi.fn(async () => undefined);
  return { deps, invalidate };
}

describe('reviewing a progress report', () => {
  it('drops the outcome exports from the edge when a public recommendation’s status changes', async () => {
    const { deps, invalidate } = depsWithReport('public');
    await reviewReport(deps, secretariat, 'rnd_0001', 'rep_0001', { decision: 'accept' });
    expect(deps.rounds.review).toHaveBeenCalledOnce();
    expect(invalidate).toHaveBeenCalledWith(['/api/outcomes.json', '/api/outcomes.csv']);
  });

  it('drops nothing for a members-only recommendation, which no export carries', async () => {
    const { deps, invalidate } = depsWithReport('members');
    await reviewReport(deps, secretariat, 'rnd_0001', 'rep_0001', { decision: 'accept' });
    expect(deps.rounds.review).toHaveBeenCalledOnce();
    expect(invalidate).not.toHaveBeenCalled();
  });
});
