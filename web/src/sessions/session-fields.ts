import type { MessageKey } from '#shared/i18n/format.ts';
import { createSessionSchema } from '#shared/schemas/session.ts';
import type { I18n } from '../app/i18n.ts';
import { byField, type FieldMessages } from '../ui/field-messages.ts';
import { validationErrors } from '../ui/validation.ts';
import { type EditorState, inputOf } from './session-draft.ts';

/** The API names fields by path (`title.az`, `agenda.3.time`); each input's id is made from it. */
const fieldIds: Record<string, string> = { startsAt: 'session-date', endsAt: 'session-end', agenda: 'agenda-heading' };
export const idOf = (path: string) => fieldIds[path] ?? `session-${path.replaceAll('.', '-')}`;

export const labels: Record<string, MessageKey> = {
  theme: 'editor.theme',
  'title.az': 'editor.titleAz',
  'title.en': 'editor.titleEn',
  'summary.az': 'editor.summaryAz',
  'summary.en': 'editor.summaryEn',
  date: 'editor.date',
  startsAt: 'editor.start',
  start: 'editor.start',
  endsAt: 'editor.end',
  end: 'editor.end',
  venue: 'editor.venue',
  onlineUrl: 'editor.onlineUrl',
  capacity: 'editor.capacity',
  visibility: 'editor.visibility',
  agenda: 'editor.agenda',
  time: 'editor.time',
  name: 'editor.speakerName',
  organisation: 'member.organisation',
};

/** What the error summary calls a field: `Item 2, Speaker 1, Name` for one deep in the agenda. */
export function labelOf({ t }: Pick<I18n, 't'>, path: string): string {
  const item = /^agenda\.(\d+)\.(?:speakers\.(\d+)\.)?(.+)$/.exec(path);
  if (!item) return labels[path] ? t(labels[path]) : path;
  const [, index, speaker, rest = ''] = item;
  const parts = [t('editor.item', { n: Number(index) + 1 })];
  if (speaker) parts.push(t('editor.speaker', { n: Number(speaker) + 1 }));
  parts.push(labels[rest] ? t(labels[rest]) : rest);
  return parts.join(', ');
}

/** The two instants are made of the date and times entered: their messages belong there. */
export function placeInstantErrors({ startsAt, endsAt, ...others }: FieldMessages): FieldMessages {
  return { ...others, ...(startsAt ? { date: startsAt } : {}), ...(endsAt ? { end: endsAt } : {}) };
}

/** What the page can tell before sending: the shared schema's answer, and what it cannot see. */
export function checkDraft(i18n: I18n, { draft, original }: EditorState): FieldMessages {
  const { startsAt, endsAt, ...found } = byField(i18n, validationErrors(createSessionSchema, inputOf(draft)));
  if (startsAt && draft.start) found.date = startsAt;
  if (endsAt && draft.end) found.end = endsAt;
  for (const name of ['theme', 'date', 'start', 'end'] as const) {
    if (!draft[name]) found[name] = i18n.t('errors.field.required');
  }
  if (original?.onlineUrl && !draft.onlineUrl.trim()) found.onlineUrl = i18n.t('editor.onlineUrlKeep');
  if (draft.capacity.trim() && !/^[1-9]\d{0,3}$|^10000$/.test(draft.capacity.trim())) {
    found.capacity = i18n.t('editor.capacityInvalid');
  }
  return found;
}
