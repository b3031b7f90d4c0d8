import { useReducer, useState } from 'preact/hooks';
import type { Session } from '#shared/schemas/session.ts';
import { announce, flash } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { type MessageSource, useI18n } from '../app/i18n.ts';
import { useIdempotencyKey } from '../app/idempotency.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { navigate } from '../app/router.ts';
import { themeOptions, useThemes } from '../app/themes.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { ErrorSummary } from '../ui/error-summary.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { problemMessage } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { AgendaEditor } from './agenda-editor.tsx';
import { NoticePreview } from './notice-preview.tsx';
import { recordsMessages } from './records-messages.ts';
import {
  changesOf,
  editorReducer,
  initialState,
  inputOf,
  type TextName,
  withoutAgendaErrors,
} from './session-draft.ts';
import { checkDraft, idOf, labelOf, placeInstantErrors } from './session-fields.ts';
import { sessionsApi } from './sessions-api.ts';

const editorMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-editor.ts').then((module) => module.azSessionEditor),
  en: () => import('#shared/i18n/en-session-editor.ts').then((module) => module.enSessionEditor),
};

export const messages = [editorMessages, recordsMessages];

/** The fields whose change is told to everyone invited (see notice-preview.tsx). */
const timeOrPlace = ['startsAt', 'endsAt', 'venue', 'onlineUrl'];

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
  return (
    <DetailPage
      load={() => sessionsApi.get(id)}
      notFound={{ message: t('editor.notFound'), backTo: '/sessions', backLabel: t('editor.backToList') }}
    >
      {(session) =>
        session.status === 'cancelled' ? (
          <div class="notice notice-error">
            <p>{t('editor.cancelled')}</p>
            <p>
              <a href={`/sessions/${id}`}>{t('editor.backToSession')}</a>
            </p>
          </div>
        ) : (
          <Editor original={session} />
        )
      }
    </DetailPage>
  );
}

function Editor({ original }: { original?: Session }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const themes = useThemes();
  const [state, dispatch] = useReducer(editorReducer, original, initialState);
  const { draft, original: session } = state;
  const { errors, attempt, showErrors, showApiErrors, clearErrors, keepErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const idempotency = useIdempotencyKey();
  const stale = failure instanceof ApiError && failure.status === 412;

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const invalid = checkDraft(i18n, state);
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    clearErrors();
    const changes = session ? changesOf(session, draft) : null;
    if (changes && Object.keys(changes).length === 0) return announce(t('me.nothingChanged'));
    setSaving(true);
    try {
      const saved =
        session && changes
          ? await sessionsApi.update(session, changes)
          : await sessionsApi.create(inputOf(draft), idempotency.keyFor(inputOf(draft)));
      idempotency.succeeded();
      flash(t(session ? 'editor.saved' : 'editor.created'), `/sessions/${saved.id}`);
      navigate(`/sessions/${saved.id}`);
    } catch (error) {
      // The workflow's rule, said at the date it is about (functions/domain/sessions.ts).
      if (error instanceof ApiError && error.code === 'moved-into-the-past')
        showErrors({ date: t('editor.inThePast') });
      else if (!showApiErrors(error, placeInstantErrors)) setFailure(error);
      setSaving(false);
    }
  }

  async function reloadLatest() {
    if (!session) return;
    try {
      dispatch({ type: 'loaded', session: await sessionsApi.get(session.id) });
      clearErrors();
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
  const field = (path: string, name: TextName) => ({
    id: idOf(path),
    name: path,
    label: labelOf(i18n, path),
    error: errors[path],
    value: draft[name],
    onValue: (value: string) => dispatch({ type: 'set', name, value }),
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
          id={idOf('visibility')}
          name="visibility"
          label={labelOf(i18n, 'visibility')}
          error={errors.visibility}
          value={draft.visibility}
          onValue={(value) => dispatch({ type: 'setVisibility', value: value === 'members' ? 'members' : 'public' })}
          options={[
            { value: 'public', label: t('editor.visibilityPublic') },
            { value: 'members', label: t('editor.visibilityMembers') },
          ]}
        />
      </div>

      <AgendaEditor
        agenda={draft.agenda}
        errors={errors}
        dispatch={dispatch}
        onRenumber={() => keepErrors(withoutAgendaErrors)}
        onFailure={setFailure}
      />

      {session?.status === 'scheduled' && (
        <NoticePreview sessionId={session.id} shown={timeOrPlace.some((name) => name in changesOf(session, draft))} />
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
