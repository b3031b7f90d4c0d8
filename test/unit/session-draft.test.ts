import { describe, expect, it } from 'vitest';
import {
  changesOf,
  type EditorAction,
  type EditorState,
  editorReducer,
  initialState,
  inputOf,
  withoutAgendaErrors,
} from '../../web/src/sessions/session-draft.ts';
import { checkDraft, labelOf, placeInstantErrors } from '../../web/src/sessions/session-fields.ts';
import { aSession } from './fixtures.ts';

const session = aSession({
  // 10:00 to 12:30 in Baku (UTC+04:00).
  startsAt: '2026-03-10T06:00:00.000Z',
  endsAt: '2026-03-10T08:30:00.000Z',
  agenda: [
    { time: '10:00', title: { az: 'Açılış', en: 'Opening' }, speakers: [{ memberId: 'mem_0001', name: 'Aysel' }] },
    { time: '10:30', title: { az: 'Müzakirə', en: 'Discussion' }, speakers: [] },
  ],
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
});

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const titles = (state: EditorState) => state.draft.agenda.map((item) => item.en);
// Messages are their keys here: what matters is which field gets which.
const i18n = { lang: 'en' as const, t: (key: string) => key, tPlural: (key: string) => key, formatDateTime: String };

describe('the session editor state', () => {
  it('reads a session into Baku date and times, and gives it back unchanged', () => {
    const state = initialState(session);
    expect(state.draft).toMatchObject({ date: '2026-03-10', start: '10:00', end: '12:30', capacity: '40' });
    expect(inputOf(state.draft)).toMatchObject({
      startsAt: '2026-03-10T10:00:00+04:00',
      endsAt: '2026-03-10T12:30:00+04:00',
      agenda: [{ speakers: [{ memberId: 'mem_0001', name: 'Aysel' }] }, { speakers: [] }],
    });
    expect(changesOf(session, state.draft)).toEqual({});
  });

  it('lists only what changed, and sends a cleared venue as empty text', () => {
    const state = run(
      initialState(session),
      { type: 'set', name: 'titleEn', value: ' Labour rights in supply chains ' },
      { type: 'set', name: 'venue', value: '' },
    );
    expect(changesOf(session, state.draft)).toEqual({
      title: { az: 'Əmək hüquqları', en: 'Labour rights in supply chains' },
      venue: '',
    });
  });

  it('adds an item at the time of the last one, or at the start when there is none', () => {
    const withItems = run(initialState(session), { type: 'addItem' });
    expect(withItems.draft.agenda.at(-1)).toMatchObject({ time: '10:30', az: '', en: '', speakers: [] });

    const fresh = run(initialState(), { type: 'set', name: 'start', value: '15:00' }, { type: 'addItem' });
    expect(fresh.draft.agenda).toMatchObject([{ time: '15:00' }]);
  });

  it('gives every new item and speaker a key no other has', () => {
    const state = run(initialState(session), { type: 'addItem' }, { type: 'addItem' });
    const [first] = state.draft.agenda;
    const withSpeaker = run(state, { type: 'addSpeaker', itemKey: first?.key ?? 0 });
    const keys = withSpeaker.draft.agenda.flatMap((item) => [item.key, ...item.speakers.map((speaker) => speaker.key)]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('moves an item up and down, and leaves the agenda alone when it cannot move', () => {
    const start = initialState(session);
    expect(titles(run(start, { type: 'moveItem', index: 1, delta: -1 }))).toEqual(['Discussion', 'Opening']);
    expect(titles(run(start, { type: 'moveItem', index: 0, delta: 1 }))).toEqual(['Discussion', 'Opening']);
    expect(run(start, { type: 'moveItem', index: 0, delta: -1 })).toBe(start);
    expect(run(start, { type: 'moveItem', index: 1, delta: 1 })).toBe(start);
  });

  it('removes the item asked for and keeps the others with their keys', () => {
    const start = initialState(session);
    const second = start.draft.agenda[1];
    const state = run(start, { type: 'removeItem', index: 0 });
    expect(state.draft.agenda).toEqual([second]);
  });

  it('adds a member as speaker with their organisation, and someone from outside blank', () => {
    const start = initialState(session);
    const itemKey = start.draft.agenda[1]?.key ?? 0;
    const state = run(
      start,
      { type: 'addSpeaker', itemKey, member: { id: 'mem_0002', name: 'Rəşad', organisation: 'Həmkarlar' } },
      { type: 'addSpeaker', itemKey },
    );
    expect(state.draft.agenda[1]?.speakers).toMatchObject([
      { memberId: 'mem_0002', name: 'Rəşad', organisation: 'Həmkarlar' },
      { name: '', organisation: '' },
    ]);
    expect(state.draft.agenda[1]?.speakers[1]).not.toHaveProperty('memberId');
  });

  it('edits and removes one speaker of one item only', () => {
    const start = run(initialState(session), {
      type: 'addSpeaker',
      itemKey: initialState(session).draft.agenda[0]?.key ?? 0,
    });
    const item = start.draft.agenda[0];
    const [member, outsider] = item?.speakers ?? [];
    const edited = run(start, {
      type: 'setSpeaker',
      itemKey: item?.key ?? 0,
      speakerKey: outsider?.key ?? 0,
      name: 'name',
      value: 'Leyla',
    });
    expect(edited.draft.agenda[0]?.speakers.map((speaker) => speaker.name)).toEqual(['Aysel', 'Leyla']);
    const removed = run(edited, { type: 'removeSpeaker', itemKey: item?.key ?? 0, speakerKey: member?.key ?? 0 });
    expect(removed.draft.agenda[0]?.speakers.map((speaker) => speaker.name)).toEqual(['Leyla']);
    expect(removed.draft.agenda[1]).toBe(start.draft.agenda[1]);
  });

  it('takes the latest session in place of the draft on reload, with fresh keys', () => {
    const edited = run(initialState(session), { type: 'set', name: 'titleAz', value: 'Başqa' }, { type: 'addItem' });
    const latest = { ...session, version: 4, title: { az: 'Yeni', en: 'New' } };
    const reloaded = run(edited, { type: 'loaded', session: latest });
    expect(reloaded.original).toBe(latest);
    expect(reloaded.draft.titleAz).toBe('Yeni');
    expect(reloaded.draft.agenda).toHaveLength(2);
    expect(Math.min(...reloaded.draft.agenda.map((item) => item.key))).toBeGreaterThan(edited.lastKey);
  });

  it('does not change the state it was given', () => {
    const start = initialState(session);
    const before = structuredClone(start);
    run(
      start,
      { type: 'addItem' },
      { type: 'moveItem', index: 0, delta: 1 },
      { type: 'setItem', key: start.draft.agenda[0]?.key ?? 0, name: 'en', value: 'Welcome' },
      { type: 'removeItem', index: 1 },
    );
    expect(start).toEqual(before);
  });
});

describe('the session editor checks', () => {
  it('puts messages about the instants on the date and end fields', () => {
    expect(placeInstantErrors({ startsAt: 'bad start', endsAt: 'bad end', venue: 'long' })).toEqual({
      date: 'bad start',
      end: 'bad end',
      venue: 'long',
    });
  });

  it('asks for theme, date and times, and a valid capacity, before sending', () => {
    const state = run(initialState(), { type: 'set', name: 'capacity', value: '0' });
    const found = checkDraft(i18n, state);
    expect(found).toMatchObject({
      theme: 'errors.field.required',
      date: 'errors.field.required',
      start: 'errors.field.required',
      end: 'errors.field.required',
      capacity: 'editor.capacityInvalid',
    });
  });

  it('finds nothing wrong with a session as loaded, but keeps an online link from being cleared', () => {
    const online = initialState({ ...session, onlineUrl: 'https://meet.example.az/bhr' });
    expect(checkDraft(i18n, online)).toEqual({});
    expect(checkDraft(i18n, run(online, { type: 'set', name: 'onlineUrl', value: ' ' }))).toEqual({
      onlineUrl: 'editor.onlineUrlKeep',
    });
  });

  it('says the end must come after the start on the end field', () => {
    const state = run(initialState(session), { type: 'set', name: 'end', value: '09:00' });
    expect(Object.keys(checkDraft(i18n, state))).toEqual(['end']);
  });

  it('names a field deep in the agenda by item and speaker, and drops agenda messages on renumbering', () => {
    expect(labelOf(i18n, 'agenda.2.speakers.0.name')).toBe('editor.item, editor.speaker, editor.speakerName');
    expect(withoutAgendaErrors({ 'agenda.1.time': 'x', agenda: 'y', venue: 'z' })).toEqual({ venue: 'z' });
  });
});
