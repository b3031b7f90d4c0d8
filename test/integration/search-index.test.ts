import { describe, expect, it } from 'vitest';
import { outcomesRepository } from '#functions/data/outcomes.ts';
import { settlePendingIndexes } from '#functions/domain/outcomes.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { api } from '../support/http.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from '../support/outcomes.ts';

const unique = () => `Word${Date.now()}${Math.floor(Math.random() * 1e6)}`;
const summaryWith = (word: string) => ({ summary: { az: `Müzakirə: ${word}.`, en: `Discussed: ${word}.` } });
const found = async (word: string) =>
  (await api(`/api/outcomes?q=${word}`)).body.items.map((item: { sessionId: string }) => item.sessionId);

describe('search postings written after publishing', () => {
  it('are settled by publishing and by a correction, leaving nothing for the hourly upkeep', async () => {
    const [first, second] = [unique(), unique()];
    const session = await heldSession();
    await saveOutcome(session.id, outcomeInput(summaryWith(first)));
    const published = await publish(session.id);
    expect(published.status).toBe(200);
    expect(await found(first)).toEqual([session.id]);
    expect(await outcomesRepository.pendingIndexes(1000)).not.toContain(session.id);

    const corrected = await saveOutcome(
      session.id,
      outcomeInput({ ...summaryWith(second), note: { az: 'Söz dəyişdirildi', en: 'A word changed' } }),
      published.headers.get('etag') ?? '',
    );
    expect(corrected.status).toBe(200);
    expect(await found(second)).toEqual([session.id]);
    expect(await found(first)).toEqual([]);
    expect(await outcomesRepository.pendingIndexes(1000)).not.toContain(session.id);

    // The upkeep over this test's session only: other files publish on the same stack meanwhile.
    const run = await settlePendingIndexes(defaultDeps(), { sessionIds: [session.id] });
    expect(run).toEqual({ settled: 0, skipped: 1, failed: 0, failures: [] });
    expect(await found(second)).toEqual([session.id]);
  });
});
