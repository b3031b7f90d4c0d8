import { describe, expect, it } from 'vitest';
import type { Outcome } from '#shared/schemas/outcome.ts';
import type { SessionDetail } from '#shared/schemas/session.ts';
import {
  bodyOf,
  checkOutcome,
  initialOutcomeState,
  isDirty,
  isPublished,
  isWritable,
  type OutcomeAction,
  type OutcomeEditorState,
  outcomeReducer,
} from '../../web/src/outcomes/outcome-draft.ts';
import { placeOf } from '../../web/src/outcomes/outcome-fields.ts';

const session: SessionDetail = {
  id: 'ses_0001',
  theme: 'labour-rights',
  title: { az: 'Əmək hüquqları', en: 'Labour rights' },
  summary: { az: '', en: '' },
  startsAt: '2026-03-10T06:00:00.000Z',
  endsAt: '2026-03-10T08:30:00.000Z',
  capacity: null,
  visibility: 'public',
  status: 'held',
  agenda: [],
  seatsTaken: 0,
  sequence: 0,
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
  version: 5,
};

const saved: Outcome = {
  sessionId: 'ses_0001',
  status: 'draft',
  visibility: null,
  summary: { az: 'Xülasə', en: 'Summary' },
  recommendations: [
    { text: { az: 'Birinci', en: 'First' }, addressees: ['businesses'] },
    { text: { az: 'İkinci', en: 'Second' }, addressees: [] },
  ],
  documents: ['doc_0001'],
  attendance: null,
  publishedAt: null,
  correctedAt: null,
  revisions: [],
  updatedAt: '2026-03-11T10:00:00.000Z',
  version: 2,
};

const run = (state: OutcomeEditorState, ...actions: OutcomeAction[]) => actions.reduce(outcomeReducer, state);
const keyAt = (state: OutcomeEditorState, index: number) => state.draft.recommendations[index]?.key ?? 0;

describe('the outcome editor state', () => {
  it('starts empty for a held session with no outcome yet, and from the saved outcome otherwise', () => {
    const fresh = initialOutcomeState({ session, outcome: null });
    expect(fresh.draft).toEqual({ summary: { az: '', en: '' }, recommendations: [], documents: [], note: '' });
    expect(isDirty(fresh)).toBe(false);

    const loaded = initialOutcomeState({ session, outcome: saved });
    expect(bodyOf(loaded)).toEqual({
      summary: saved.summary,
      recommendations: saved.recommendations,
      documents: ['doc_0001'],
    });
    expect(isDirty(loaded)).toBe(false);
  });

  it('is dirty after an edit, and clean again once the edit is undone', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const edited = run(start, { type: 'setSummary', lang: 'en', value: 'Summary of the session' });
    expect(isDirty(edited)).toBe(true);
    expect(isDirty(run(edited, { type: 'setSummary', lang: 'en', value: 'Summary' }))).toBe(false);
  });

  it('adds a blank recommendation with a new key, and removes exactly the one asked for', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const added = run(start, { type: 'addRecommendation' });
    expect(added.draft.recommendations).toHaveLength(3);
    expect(added.draft.recommendations[2]).toMatchObject({ text: { az: '', en: '' }, addressees: [] });
    expect(new Set(added.draft.recommendations.map((item) => item.key)).size).toBe(3);

    const removed = run(added, { type: 'removeRecommendation', key: keyAt(added, 0) });
    expect(removed.draft.recommendations.map((item) => item.text.en)).toEqual(['Second', '']);
  });

  it('edits the text of one recommendation in one language only', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const state = run(start, { type: 'setText', key: keyAt(start, 1), lang: 'az', value: 'Yenilənmiş' });
    expect(state.draft.recommendations.map((item) => item.text)).toEqual([
      { az: 'Birinci', en: 'First' },
      { az: 'Yenilənmiş', en: 'Second' },
    ]);
  });

  it('keeps addressees in the order of the list, whatever order they are ticked in', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const key = keyAt(start, 0);
    const state = run(
      start,
      { type: 'setAddressee', key, addressee: 'ngos', chosen: true },
      { type: 'setAddressee', key, addressee: 'state-bodies', chosen: true },
      { type: 'setAddressee', key, addressee: 'businesses', chosen: false },
    );
    expect(state.draft.recommendations[0]?.addressees).toEqual(['state-bodies', 'ngos']);
  });

  it('links and unlinks documents without listing one twice', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const state = run(
      start,
      { type: 'setDocument', id: 'doc_0002', linked: true },
      { type: 'setDocument', id: 'doc_0002', linked: true },
      { type: 'setDocument', id: 'doc_0001', linked: false },
    );
    expect(state.draft.documents).toEqual(['doc_0002']);
  });

  it('starts over from what was saved, with keys not used before', () => {
    const edited = run(initialOutcomeState({ session, outcome: saved }), { type: 'addRecommendation' });
    const next = { ...saved, version: 3, summary: { az: 'Yeni', en: 'New' } };
    const state = run(edited, { type: 'saved', outcome: next });
    expect(state.outcome).toBe(next);
    expect(state.draft.summary).toEqual({ az: 'Yeni', en: 'New' });
    expect(state.draft.recommendations).toHaveLength(2);
    expect(Math.min(...state.draft.recommendations.map((item) => item.key))).toBeGreaterThan(edited.lastKey);
    expect(isDirty(state)).toBe(false);
  });

  it('once published: the session is published, a correction needs a note, and the note is sent', () => {
    const published = { ...saved, status: 'published' as const, publishedAt: '2026-03-12T09:00:00.000Z' };
    const state = run(initialOutcomeState({ session, outcome: saved }), { type: 'published', outcome: published });
    expect(state.session.status).toBe('published');
    expect(isPublished(state)).toBe(true);
    expect(isWritable(state)).toBe(true);

    const corrected = run(state, { type: 'setText', key: keyAt(state, 0), lang: 'en', value: 'First, corrected' });
    expect(checkOutcome(corrected).map((error) => error.field)).toEqual(['note']);
    const noted = run(corrected, { type: 'setNote', value: 'A typo in the first recommendation' });
    expect(checkOutcome(noted)).toEqual([]);
    expect(bodyOf(noted).note).toBe('A typo in the first recommendation');
    // A note alone is something to save.
    expect(isDirty(run(state, { type: 'setNote', value: 'x' }))).toBe(true);
  });

  it('is not writable before the session is held', () => {
    expect(isWritable(initialOutcomeState({ session: { ...session, status: 'scheduled' }, outcome: null }))).toBe(
      false,
    );
  });

  it('finds an empty recommendation text before sending, and says where it is', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const state = run(start, { type: 'setText', key: keyAt(start, 1), lang: 'en', value: '' });
    const [error] = checkOutcome(state);
    expect(error?.field).toBe('recommendations.1.text.en');
    const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);
    expect(placeOf({ t }, state.draft, error?.field ?? '')).toEqual({
      fieldId: `rec-${keyAt(state, 1)}-en`,
      label: 'outcomeEditor.recommendation {"n":2}, outcomeEditor.textEn',
    });
  });

  it('does not change the state it was given', () => {
    const start = initialOutcomeState({ session, outcome: saved });
    const before = structuredClone(start);
    run(
      start,
      { type: 'addRecommendation' },
      { type: 'setSummary', lang: 'az', value: 'Başqa' },
      { type: 'setAddressee', key: keyAt(start, 0), addressee: 'ngos', chosen: true },
      { type: 'removeRecommendation', key: keyAt(start, 1) },
      { type: 'setDocument', id: 'doc_0001', linked: false },
    );
    expect(start).toEqual(before);
  });
});
