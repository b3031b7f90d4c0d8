import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Member } from '#shared/schemas/member.ts';
import {
  type CreateSession,
  createSessionSchema,
  maxAgendaItems,
  type Session,
  type UpdateSession,
  type Visibility,
} from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { bakuInstant, bakuParts } from '../app/baku-time.ts';
import { addMessages, type I18n, type MessageSource, useI18n } from '../app/i18n.ts';
import { useIdempotencyKey } from '../app/idempotency.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { navigate } from '../app/router.ts';
import { themeOptions, useThemes } from '../app/themes.ts';
import { useLoad } from '../app/use-load.ts';
import type { MemberPicker } from '../members/member-picker.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { byField, type FieldMessages, validationErrors } from '../ui/field-messages.ts';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { ErrorNotice, Loading, problemMessage } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { sessionsApi } from './sessions-api.ts';

const editorMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-editor.ts').then((module) => module.azSessionEditor),
  en: () => import('#shared/i18n/en-session-editor.ts').then((module) => module.enSessionEditor),
};

export const messages = [editorMessages];

export default function SessionEditorPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const title = t(params.id ? 'editor.editTitle' : 'editor.newTitle');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <MemberGate only="secretariat">{() => (params.id ? <EditLoader id={params.id} /> : <Editor />)}</MemberGate>
    </>
  );
}

function EditLoader({ id }: { id: string }) {
  const { t } = useI18n();
  const [loaded, reload] = useLoad(() => sessionsApi.get(id));
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') {
    return (
      <>
        <ErrorNotice error={loaded.error} />
        <button type="button" class="button button-secondary" onClick={reload}>
          {t('common.retry')}
        </button>
      </>
    );
  }
  if (loaded.value.status === 'cancelled') {
    return (
      <div class="notice notice-error">
        <p>{t('editor.cancelled')}</p>
        <p>
          <a href={`/sessions/${id}`}>{t('editor.backToSession')}</a>
        </p>
      </div>
    );
  }
  return <Editor original={loaded.value} />;
}

interface SpeakerDraft {
  key: number;
  memberId?: string;
  name: string;
  organisation: string;
}

interface ItemDraft {
  key: number;
  time: string;
  az: string;
  en: string;
  speakers: SpeakerDraft[];
}

interface Draft {
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

let lastKey = 0;
const nextKey = () => ++lastKey;

function draftOf(session?: Session): Draft {
  if (!session) {
    return {
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
      agenda: [],
    };
  }
  const start = bakuParts(session.startsAt);
  const end = bakuParts(session.endsAt);
  return {
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
      key: nextKey(),
      time: item.time,
      az: item.title.az,
      en: item.title.en,
      speakers: item.speakers.map((speaker) => ({ key: nextKey(), organisation: '', ...speaker })),
    })),
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

/** The draft as the API takes it (what the local checks and the change list are made of). */
function inputOf(draft: Draft): CreateSession {
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
function changesOf(original: Session, draft: Draft): UpdateSession {
  const before: Record<string, unknown> = inputOf(draftOf(original));
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(inputOf(draft))) {
    if (JSON.stringify(value) !== JSON.stringify(before[name]))
      changes[name] = value ?? (name === 'venue' ? '' : value);
  }
  return changes as UpdateSession;
}

/** The API names fields by path (`title.az`, `agenda.3.time`); each input's id is made from it. */
const fieldIds: Record<string, string> = { startsAt: 'session-date', endsAt: 'session-end', agenda: 'agenda-heading' };
const idOf = (path: string) => fieldIds[path] ?? `session-${path.replaceAll('.', '-')}`;

const labels: Record<string, MessageKey> = {
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

function labelOf({ t }: I18n, path: string): string {
  const item = /^agenda\.(\d+)\.(?:speakers\.(\d+)\.)?(.+)$/.exec(path);
  if (!item) return labels[path] ? t(labels[path]) : path;
  const [, index, speaker, rest = ''] = item;
  const parts = [t('editor.item', { n: Number(index) + 1 })];
  if (speaker) parts.push(t('editor.speaker', { n: Number(speaker) + 1 }));
  parts.push(labels[rest] ? t(labels[rest]) : rest);
  return parts.join(', ');
}

function Editor({ original }: { original?: Session }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const themes = useThemes();
  const [session, setSession] = useState(original);
  const [draft, setDraft] = useState(() => draftOf(original));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const idempotency = useIdempotencyKey();
  /** The agenda item whose speakers are being chosen from the members, and the search (downloaded when first used). */
  const [picking, setPicking] = useState<number | null>(null);
  const [Picker, setPicker] = useState<typeof MemberPicker | null>(null);

  const set = (name: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));
  const setItem = (key: number, change: (item: ItemDraft) => ItemDraft) =>
    setDraft((current) => ({
      ...current,
      agenda: current.agenda.map((item) => (item.key === key ? change(item) : item)),
    }));
  const stale = failure instanceof ApiError && failure.status === 412;

  function showErrors(found: FieldMessages) {
    setErrors(found);
    setAttempt((count) => count + 1);
  }

  /** Moving or removing items renumbers them: their old messages would point at the wrong ones. */
  function changeAgenda(agenda: ItemDraft[]) {
    setDraft((current) => ({ ...current, agenda }));
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !field.startsWith('agenda'))),
    );
  }

  function focusLater(id: string, fallback?: string) {
    setTimeout(() => (document.getElementById(id) ?? document.getElementById(fallback ?? ''))?.focus());
  }

  function addItem() {
    const key = nextKey();
    const last = draft.agenda.at(-1);
    changeAgenda([...draft.agenda, { key, time: last?.time ?? draft.start, az: '', en: '', speakers: [] }]);
    focusLater(`session-agenda-${draft.agenda.length}-time`);
  }

  function moveItem(index: number, delta: number) {
    const agenda = [...draft.agenda];
    const [item] = agenda.splice(index, 1);
    if (!item) return;
    agenda.splice(index + delta, 0, item);
    changeAgenda(agenda);
    const way = delta < 0 ? 'up' : 'down';
    focusLater(`move-${way}-${item.key}`, `move-${way === 'up' ? 'down' : 'up'}-${item.key}`);
    announce(t('editor.moved', { n: index + delta + 1, total: agenda.length }));
  }

  function removeItem(index: number) {
    changeAgenda(draft.agenda.filter((_, at) => at !== index));
    focusLater('add-item');
    announce(t('editor.removed', { n: index + 1 }));
  }

  function addSpeaker(index: number, key: number, member?: Member) {
    const count = draft.agenda[index]?.speakers.length ?? 0;
    const speaker: SpeakerDraft = member
      ? { key: nextKey(), memberId: member.id, name: member.name, organisation: member.organisation }
      : { key: nextKey(), name: '', organisation: '' };
    setItem(key, (item) => ({ ...item, speakers: [...item.speakers, speaker] }));
    if (member) {
      setPicking(null);
      announce(t('editor.speakerAdded', { name: member.name }));
      focusLater(`pick-${key}`);
    } else {
      focusLater(idOf(`agenda.${index}.speakers.${count}.name`));
    }
  }

  function checkLocally(): FieldMessages {
    const { startsAt, endsAt, ...found } = byField(i18n, validationErrors(createSessionSchema, inputOf(draft)));
    // The two instants are made of the date and times entered: their messages belong there.
    if (startsAt && draft.start) found.date = startsAt;
    if (endsAt && draft.end) found.end = endsAt;
    for (const name of ['theme', 'date', 'start', 'end'] as const) {
      if (!draft[name]) found[name] = t('errors.field.required');
    }
    if (session?.onlineUrl && !draft.onlineUrl.trim()) found.onlineUrl = t('editor.onlineUrlKeep');
    if (draft.capacity.trim() && !/^[1-9]\d{0,3}$|^10000$/.test(draft.capacity.trim())) {
      found.capacity = t('editor.capacityInvalid');
    }
    return found;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const invalid = checkLocally();
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    setErrors({});
    const changes = session ? changesOf(session, draft) : null;
    if (changes && Object.keys(changes).length === 0) return announce(t('me.nothingChanged'));
    setSaving(true);
    try {
      const saved =
        session && changes
          ? await sessionsApi.update(session, changes)
          : await sessionsApi.create(inputOf(draft), idempotency.keyFor(inputOf(draft)));
      idempotency.succeeded();
      announce(t(session ? 'editor.saved' : 'editor.created'));
      navigate(`/sessions/${saved.id}`);
    } catch (error) {
      const fromApi = error instanceof ApiError ? byField(i18n, error.errors) : {};
      const { startsAt, endsAt, ...rest } = fromApi;
      if (Object.keys(fromApi).length > 0) {
        showErrors({ ...rest, ...(startsAt ? { date: startsAt } : {}), ...(endsAt ? { end: endsAt } : {}) });
      } else setFailure(error);
      setSaving(false);
    }
  }

  async function reloadLatest() {
    if (!session) return;
    try {
      const latest = await sessionsApi.get(session.id);
      setSession(latest);
      setDraft(draftOf(latest));
      setErrors({});
      setFailure(null);
      announce(t('editor.reloaded'));
    } catch (error) {
      setFailure(error);
    }
  }

  // In the order of the fields on the page, wherever the message came from.
  const summary = Object.entries(errors)
    .flatMap(([field, message]) => (message ? [{ fieldId: idOf(field), label: labelOf(i18n, field), message }] : []))
    .sort((a, b) => {
      const [first, second] = [document.getElementById(a.fieldId), document.getElementById(b.fieldId)];
      return first && second ? (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1) : 0;
    });
  const field = (path: string, name: keyof Draft) => ({
    id: idOf(path),
    name: path,
    label: labelOf(i18n, path),
    error: errors[path],
    value: draft[name] as string,
    onValue: set(name),
  });

  return (
    <form class="form form-wide" noValidate onSubmit={submit}>
      <ErrorSummary items={summary} attempt={attempt} />
      <SelectField
        {...field('theme', 'theme')}
        options={[{ value: '', label: t('common.choose') }, ...themeOptions(themes, { lang })]}
      />
      <div class="field-pair">
        <TextField {...field('title.az', 'titleAz')} maxLength={300} />
        <TextField {...field('title.en', 'titleEn')} maxLength={300} />
      </div>
      <div class="field-pair">
        <TextAreaField {...field('summary.az', 'summaryAz')} optional maxLength={5000} />
        <TextAreaField {...field('summary.en', 'summaryEn')} optional maxLength={5000} />
      </div>
      <fieldset class="group">
        <legend>{t('editor.when')}</legend>
        <div class="field-trio">
          <TextField {...field('date', 'date')} type="date" />
          <TextField {...field('start', 'start')} type="time" />
          <TextField {...field('end', 'end')} type="time" />
        </div>
      </fieldset>
      <TextField {...field('venue', 'venue')} optional maxLength={300} />
      <TextField {...field('onlineUrl', 'onlineUrl')} type="url" optional maxLength={500} />
      <div class="field-pair">
        <TextField
          {...field('capacity', 'capacity')}
          inputMode="numeric"
          optional
          maxLength={5}
          hint={t('editor.capacityHint')}
        />
        <SelectField
          {...field('visibility', 'visibility')}
          options={[
            { value: 'public', label: t('editor.visibilityPublic') },
            { value: 'members', label: t('editor.visibilityMembers') },
          ]}
        />
      </div>

      <h2 id="agenda-heading" tabIndex={-1}>
        {t('editor.agenda')}
      </h2>
      {errors.agenda && <p class="field-error">{errors.agenda}</p>}
      {draft.agenda.length === 0 && <p>{t('editor.agendaEmpty')}</p>}
      <ol class="agenda-editor">
        {draft.agenda.map((item, index) => {
          const path = `agenda.${index}`;
          const itemLabel = t('editor.item', { n: index + 1 });
          const itemField = (name: 'time' | 'title.az' | 'title.en', key: 'time' | 'az' | 'en') => ({
            id: idOf(`${path}.${name}`),
            name: `${path}.${name}`,
            label: t(labels[name] as MessageKey),
            error: errors[`${path}.${name}`],
            value: item[key],
            onValue: (value: string) => setItem(item.key, (current) => ({ ...current, [key]: value })),
          });
          return (
            <li key={item.key}>
              <fieldset class="group">
                <legend>{itemLabel}</legend>
                <div class="field-trio">
                  <TextField {...itemField('time', 'time')} type="time" />
                  <TextField {...itemField('title.az', 'az')} maxLength={300} />
                  <TextField {...itemField('title.en', 'en')} maxLength={300} />
                </div>
                <p class="speakers-label">{t('editor.speakers')}</p>
                <ul class="speakers">
                  {item.speakers.map((speaker, at) => {
                    const speakerPath = `${path}.speakers.${at}`;
                    const speakerLabel = t('editor.speaker', { n: at + 1 });
                    const setSpeaker = (name: 'name' | 'organisation') => (value: string) =>
                      setItem(item.key, (current) => ({
                        ...current,
                        speakers: current.speakers.map((s) => (s.key === speaker.key ? { ...s, [name]: value } : s)),
                      }));
                    return (
                      <li key={speaker.key}>
                        {speaker.memberId ? (
                          <p>
                            {speaker.name}
                            {speaker.organisation && `, ${speaker.organisation}`}{' '}
                            <span class="tag">{t('editor.memberSpeaker')}</span>
                          </p>
                        ) : (
                          <div class="field-pair">
                            <TextField
                              id={idOf(`${speakerPath}.name`)}
                              name={`${speakerPath}.name`}
                              label={`${speakerLabel}: ${t('editor.speakerName')}`}
                              maxLength={120}
                              value={speaker.name}
                              onValue={setSpeaker('name')}
                              error={errors[`${speakerPath}.name`]}
                            />
                            <TextField
                              id={idOf(`${speakerPath}.organisation`)}
                              name={`${speakerPath}.organisation`}
                              label={`${speakerLabel}: ${t('member.organisation')}`}
                              optional
                              maxLength={200}
                              value={speaker.organisation}
                              onValue={setSpeaker('organisation')}
                              error={errors[`${speakerPath}.organisation`]}
                            />
                          </div>
                        )}
                        <button
                          type="button"
                          class="button button-secondary button-small"
                          aria-label={`${t('editor.removeSpeaker')}: ${speaker.name || speakerLabel} (${itemLabel})`}
                          onClick={() => {
                            setItem(item.key, (current) => ({
                              ...current,
                              speakers: current.speakers.filter((s) => s.key !== speaker.key),
                            }));
                            focusLater(`pick-${item.key}`);
                          }}
                        >
                          {t('editor.removeSpeaker')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
                <div class="button-row">
                  <button
                    id={`pick-${item.key}`}
                    type="button"
                    class="button button-secondary button-small"
                    aria-expanded={picking === item.key}
                    onClick={() => {
                      setPicking(picking === item.key ? null : item.key);
                      if (!Picker) {
                        import('../members/member-picker.tsx').then(
                          async (module) => {
                            await addMessages(module.pickerMessages);
                            setPicker(() => module.MemberPicker);
                          },
                          (error: unknown) => setFailure(error),
                        );
                      }
                    }}
                  >
                    {t('editor.addMemberSpeaker')}
                  </button>
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    onClick={() => addSpeaker(index, item.key)}
                  >
                    {t('editor.addExternalSpeaker')}
                  </button>
                </div>
                {picking === item.key && Picker && (
                  <Picker
                    id={`picker-${item.key}`}
                    label={t('editor.findMember')}
                    onPick={(member) => addSpeaker(index, item.key, member)}
                  />
                )}
                <div class="button-row item-actions">
                  {index > 0 && (
                    <button
                      id={`move-up-${item.key}`}
                      type="button"
                      class="button button-secondary button-small"
                      aria-label={`${t('editor.moveUp')}: ${itemLabel}`}
                      onClick={() => moveItem(index, -1)}
                    >
                      {t('editor.moveUp')}
                    </button>
                  )}
                  {index < draft.agenda.length - 1 && (
                    <button
                      id={`move-down-${item.key}`}
                      type="button"
                      class="button button-secondary button-small"
                      aria-label={`${t('editor.moveDown')}: ${itemLabel}`}
                      onClick={() => moveItem(index, 1)}
                    >
                      {t('editor.moveDown')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button-danger button-small"
                    aria-label={`${t('editor.removeItem')}: ${itemLabel}`}
                    onClick={() => removeItem(index)}
                  >
                    {t('editor.removeItem')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {draft.agenda.length < maxAgendaItems && (
        <p>
          <button id="add-item" type="button" class="button button-secondary" onClick={addItem}>
            {t('editor.addItem')}
          </button>
        </p>
      )}

      {failure !== null && (
        <div class="notice notice-error" role="alert">
          <p>
            {stale
              ? t('editor.stale')
              : failure instanceof ApiError && failure.code === 'session-cancelled'
                ? t('editor.cancelled')
                : problemMessage(i18n, failure)}
          </p>
          {stale && (
            <button type="button" class="button button-secondary" onClick={reloadLatest}>
              {t('editor.reload')}
            </button>
          )}
        </div>
      )}
      <div class="button-row">
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('common.saving') : t(session ? 'common.save' : 'editor.create')}
        </button>
        <a class="button button-secondary" href={session ? `/sessions/${session.id}` : '/sessions'}>
          {t('editor.back')}
        </a>
      </div>
    </form>
  );
}
