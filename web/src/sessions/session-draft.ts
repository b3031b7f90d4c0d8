import type { Member } from '#shared/schemas/member.ts';
import type { CreateSession, Session, UpdateSession, Visibility } from '#shared/schemas/session.ts';
import { bakuInstant, bakuParts } from '../app/baku-time.ts';

/**
 * The session editor's state and every change to it, as a pure reducer (no DOM, no requests):
 * the page dispatches, this decides what the draft becomes. Tested in test/unit/session-draft.test.ts.
 */

export interface SpeakerDraft {
  /** Stable across moves and removals, so that each row keeps its inputs and focus. */
  key: number;
  memberId?: string;
  name: string;
  organisation: string;
}

export interface ItemDraft {
  key: number;
  time: string;
  az: string;
  en: string;
  speakers: SpeakerDraft[];
}

export interface Draft {
  theme: string;
  titleAz: string;
  titleEn: string;
  summaryAz: string;
  summaryEn: string;
  date: string;
  start: string;
  end: string;
  /** Days between the start and the end date: 0 unless the session was made to span days. */
  endDays: number;
  venue: string;
  onlineUrl: string;
  capacity: string;
  visibility: Visibility;
  agenda: ItemDraft[];
}

/** The fields of the draft that are one text input each. */
export type TextName = Exclude<keyof Draft, 'agenda' | 'endDays' | 'visibility'>;

export interface EditorState {
  /** The session as last read from the API; none while creating one. */
  original?: Session;
  draft: Draft;
  /** The last key given to an item or speaker. */
  lastKey: number;
}

export type EditorAction =
  | { type: 'loaded'; session?: Session }
  | { type: 'set'; name: TextName; value: string }
  | { type: 'setVisibility'; value: Visibility }
  | { type: 'setItem'; key: number; name: 'time' | 'az' | 'en'; value: string }
  | { type: 'addItem' }
  | { type: 'moveItem'; index: number; delta: -1 | 1 }
  | { type: 'removeItem'; index: number }
  | { type: 'addSpeaker'; itemKey: number; member?: Pick<Member, 'id' | 'name' | 'organisation'> }
  | { type: 'setSpeaker'; itemKey: number; speakerKey: number; name: 'name' | 'organisation'; value: string }
  | { type: 'removeSpeaker'; itemKey: number; speakerKey: number };

const blank: Omit<Draft, 'agenda'> = {
  theme: '',
  titleAz: '',
  titleEn: '',
  summaryAz: '',
  summaryEn: '',
  date: '',
  start: '',
  end: '',
  endDays: 0,
  venue: '',
  onlineUrl: '',
  capacity: '',
  visibility: 'public',
};

/** The draft of a session as loaded (or of a new one), its items and speakers keyed from `lastKey`. */
export function draftOf(session: Session | undefined, lastKey = 0): { draft: Draft; lastKey: number } {
  let key = lastKey;
  if (!session) return { draft: { ...blank, agenda: [] }, lastKey: key };
  const start = bakuParts(session.startsAt);
  const end = bakuParts(session.endsAt);
  const draft: Draft = {
    theme: session.theme,
    titleAz: session.title.az,
    titleEn: session.title.en,
    summaryAz: session.summary.az,
    summaryEn: session.summary.en,
    date: start.date,
    start: start.time,
    end: end.time,
    endDays: Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86_400_000),
    venue: session.venue ?? '',
    onlineUrl: session.onlineUrl ?? '',
    capacity: session.capacity === null ? '' : String(session.capacity),
    visibility: session.visibility,
    agenda: session.agenda.map((item) => ({
      key: ++key,
      time: item.time,
      az: item.title.az,
      en: item.title.en,
      speakers: item.speakers.map((speaker) => ({ key: ++key, organisation: '', ...speaker })),
    })),
  };
  return { draft, lastKey: key };
}

export function initialState(session?: Session): EditorState {
  return { original: session, ...draftOf(session) };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** The draft as the API takes it (what the local checks and the change list are made of). */
export function inputOf(draft: Draft): CreateSession {
  return {
    theme: draft.theme,
    title: { az: draft.titleAz.trim(), en: draft.titleEn.trim() },
    summary: { az: draft.summaryAz.trim(), en: draft.summaryEn.trim() },
    startsAt: bakuInstant(draft.date, draft.start),
    endsAt: bakuInstant(draft.endDays ? addDays(draft.date, draft.endDays) : draft.date, draft.end),
    venue: draft.venue.trim() || undefined,
    onlineUrl: draft.onlineUrl.trim() || undefined,
    capacity: draft.capacity.trim() ? Number(draft.capacity.trim()) : null,
    visibility: draft.visibility,
    agenda: draft.agenda.map((item) => ({
      time: item.time,
      title: { az: item.az.trim(), en: item.en.trim() },
      speakers: item.speakers.map(({ memberId, name, organisation }) => ({
        ...(memberId ? { memberId } : {}),
        name: name.trim(),
        ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
      })),
    })),
  };
}

/** The fields that differ from the session as loaded; a cleared venue is sent as empty text. */
export function changesOf(original: Session, draft: Draft): UpdateSession {
  const before: Record<string, unknown> = inputOf(draftOf(original).draft);
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(inputOf(draft))) {
    if (JSON.stringify(value) !== JSON.stringify(before[name]))
      changes[name] = value ?? (name === 'venue' ? '' : value);
  }
  return changes as UpdateSession;
}

function withItem(state: EditorState, key: number, change: (item: ItemDraft) => ItemDraft): EditorState {
  const agenda = state.draft.agenda.map((item) => (item.key === key ? change(item) : item));
  return { ...state, draft: { ...state.draft, agenda } };
}

const withAgenda = (state: EditorState, agenda: ItemDraft[]): EditorState => ({
  ...state,
  draft: { ...state.draft, agenda },
});

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'loaded':
      return { original: action.session, ...draftOf(action.session, state.lastKey) };
    case 'set':
      return { ...state, draft: { ...state.draft, [action.name]: action.value } };
    case 'setVisibility':
      return { ...state, draft: { ...state.draft, visibility: action.value } };
    case 'setItem':
      return withItem(state, action.key, (item) => ({ ...item, [action.name]: action.value }));
    case 'addItem': {
      const key = state.lastKey + 1;
      // A new item starts when the one before it did: the secretariat usually changes a few minutes.
      const time = state.draft.agenda.at(-1)?.time ?? state.draft.start;
      return {
        ...withAgenda(state, [...state.draft.agenda, { key, time, az: '', en: '', speakers: [] }]),
        lastKey: key,
      };
    }
    case 'moveItem': {
      const to = action.index + action.delta;
      const agenda = [...state.draft.agenda];
      if (to < 0 || to >= agenda.length) return state;
      const [item] = agenda.splice(action.index, 1);
      if (!item) return state;
      agenda.splice(to, 0, item);
      return withAgenda(state, agenda);
    }
    case 'removeItem':
      return withAgenda(
        state,
        state.draft.agenda.filter((_, at) => at !== action.index),
      );
    case 'addSpeaker': {
      const key = state.lastKey + 1;
      const { member } = action;
      const speaker: SpeakerDraft = member
        ? { key, memberId: member.id, name: member.name, organisation: member.organisation }
        : { key, name: '', organisation: '' };
      return {
        ...withItem(state, action.itemKey, (item) => ({ ...item, speakers: [...item.speakers, speaker] })),
        lastKey: key,
      };
    }
    case 'setSpeaker':
      return withItem(state, action.itemKey, (item) => ({
        ...item,
        speakers: item.speakers.map((speaker) =>
          speaker.key === action.speakerKey ? { ...speaker, [action.name]: action.value } : speaker,
        ),
      }));
    case 'removeSpeaker':
      return withItem(state, action.itemKey, (item) => ({
        ...item,
        speakers: item.speakers.filter((speaker) => speaker.key !== action.speakerKey),
      }));
  }
}

/** Moving or removing items renumbers them: their old messages would point at the wrong ones. */
export function withoutAgendaErrors<T>(errors: Partial<Record<string, T>>): Partial<Record<string, T>> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !field.startsWith('agenda')));
}
