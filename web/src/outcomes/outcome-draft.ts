import { addressees } from '#shared/constants.ts';
import type { FieldError } from '#shared/field-errors.ts';
import { type Outcome, type SaveOutcome, saveOutcomeSchema } from '#shared/schemas/outcome.ts';
import type { SessionDetail } from '#shared/schemas/session.ts';
import { validationErrors } from '../ui/validation.ts';

/**
 * The outcome editor's state and every change to it, as a pure reducer (no DOM, no requests):
 * the page dispatches, this decides what the draft becomes. Tested in test/unit/outcome-draft.test.ts.
 */

export type Addressee = (typeof addressees)[number];
type Lang = 'az' | 'en';

export interface DraftRecommendation {
  /** Stable across removals, so that each recommendation keeps its inputs and focus. */
  key: number;
  text: { az: string; en: string };
  addressees: Addressee[];
}

export interface Draft {
  summary: { az: string; en: string };
  recommendations: DraftRecommendation[];
  documents: string[];
  /** What a correction of published outcomes corrected, in both languages (asked for once they are published). */
  note: { az: string; en: string };
}

export interface OutcomeEditorState {
  session: SessionDetail;
  /** The outcome as last saved; null until its first save. */
  outcome: Outcome | null;
  draft: Draft;
  /** The last key given to a recommendation. */
  lastKey: number;
}

export type OutcomeAction =
  | { type: 'setSummary'; lang: Lang; value: string }
  | { type: 'setText'; key: number; lang: Lang; value: string }
  | { type: 'setAddressee'; key: number; addressee: Addressee; chosen: boolean }
  | { type: 'addRecommendation' }
  | { type: 'removeRecommendation'; key: number }
  | { type: 'setDocument'; id: string; linked: boolean }
  | { type: 'setNote'; lang: Lang; value: string }
  /** Saved, or read again after someone else's save: the draft starts over from it. */
  | { type: 'saved'; outcome: Outcome }
  | { type: 'published'; outcome: Outcome };

export function draftOf(outcome: Outcome | null, lastKey = 0): { draft: Draft; lastKey: number } {
  let key = lastKey;
  const draft: Draft = {
    summary: { ...(outcome?.summary ?? { az: '', en: '' }) },
    recommendations: (outcome?.recommendations ?? []).map((recommendation) => ({
      key: ++key,
      text: { ...recommendation.text },
      addressees: [...recommendation.addressees],
    })),
    documents: [...(outcome?.documents ?? [])],
    note: { az: '', en: '' },
  };
  return { draft, lastKey: key };
}

export function initialOutcomeState({ session, outcome }: { session: SessionDetail; outcome: Outcome | null }) {
  return { session, outcome, ...draftOf(outcome) };
}

function contentOf(draft: Draft): Omit<SaveOutcome, 'note'> {
  return {
    summary: draft.summary,
    recommendations: draft.recommendations.map(({ text, addressees: chosen }) => ({ text, addressees: chosen })),
    documents: draft.documents,
  };
}

export const isPublished = (state: OutcomeEditorState) => state.outcome?.status === 'published';

/** Outcomes are written once the session is held, and corrected after they are published. */
export const isWritable = (state: OutcomeEditorState) =>
  state.session.status === 'held' || state.session.status === 'published';

/** Whether the draft holds anything not saved (publishing waits for a save). */
export function isDirty(state: OutcomeEditorState): boolean {
  const changed = JSON.stringify(contentOf(state.draft)) !== JSON.stringify(contentOf(draftOf(state.outcome).draft));
  const { note } = state.draft;
  return changed || (isPublished(state) && (note.az.trim() !== '' || note.en.trim() !== ''));
}

/** What a save sends: the content, and the note once the outcomes are published. */
export function bodyOf(state: OutcomeEditorState): SaveOutcome {
  return { ...contentOf(state.draft), ...(isPublished(state) ? { note: state.draft.note } : {}) };
}

/** What the page can tell before sending: the shared schema's answer, and the note a correction needs. */
export function checkOutcome(state: OutcomeEditorState): FieldError[] {
  const found = validationErrors(saveOutcomeSchema, bodyOf(state));
  for (const lang of ['az', 'en'] as const) {
    if (isPublished(state) && !state.draft.note[lang].trim())
      found.push({ field: `note.${lang}`, code: 'required', message: 'Required.' });
  }
  return found;
}

function withRecommendation(
  state: OutcomeEditorState,
  key: number,
  change: (recommendation: DraftRecommendation) => DraftRecommendation,
): OutcomeEditorState {
  const recommendations = state.draft.recommendations.map((item) => (item.key === key ? change(item) : item));
  return { ...state, draft: { ...state.draft, recommendations } };
}

export function outcomeReducer(state: OutcomeEditorState, action: OutcomeAction): OutcomeEditorState {
  const { draft } = state;
  switch (action.type) {
    case 'setSummary':
      return { ...state, draft: { ...draft, summary: { ...draft.summary, [action.lang]: action.value } } };
    case 'setText':
      return withRecommendation(state, action.key, (item) => ({
        ...item,
        text: { ...item.text, [action.lang]: action.value },
      }));
    case 'setAddressee':
      // Kept in the order of the list, whatever order they were ticked in.
      return withRecommendation(state, action.key, (item) => ({
        ...item,
        addressees: addressees.filter((one) =>
          one === action.addressee ? action.chosen : item.addressees.includes(one),
        ),
      }));
    case 'addRecommendation': {
      const key = state.lastKey + 1;
      const added = { key, text: { az: '', en: '' }, addressees: [] };
      return { ...state, draft: { ...draft, recommendations: [...draft.recommendations, added] }, lastKey: key };
    }
    case 'removeRecommendation': {
      const recommendations = draft.recommendations.filter((item) => item.key !== action.key);
      return { ...state, draft: { ...draft, recommendations } };
    }
    case 'setDocument': {
      const others = draft.documents.filter((id) => id !== action.id);
      return { ...state, draft: { ...draft, documents: action.linked ? [...others, action.id] : others } };
    }
    case 'setNote':
      return { ...state, draft: { ...draft, note: { ...draft.note, [action.lang]: action.value } } };
    case 'saved':
      return { ...state, outcome: action.outcome, ...draftOf(action.outcome, state.lastKey) };
    case 'published':
      return {
        ...state,
        session: { ...state.session, status: 'published' },
        outcome: action.outcome,
        ...draftOf(action.outcome, state.lastKey),
      };
  }
}
