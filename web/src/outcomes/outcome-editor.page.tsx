import { useReducer, useRef, useState } from 'preact/hooks';
import { addressees } from '#shared/constants.ts';
import type { SharedDocument } from '#shared/schemas/document.ts';
import { type Outcome, saveOutcomeSchema } from '#shared/schemas/outcome.ts';
import type { SessionDetail } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { type MessageSource, useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { useSession } from '../app/session.ts';
import { sessionsApi } from '../sessions/sessions-api.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { ErrorSummary, type SummaryItem } from '../ui/error-summary.tsx';
import { byField, fieldMessage } from '../ui/field-messages.ts';
import { TextAreaField } from '../ui/fields.tsx';
import { ConfirmBox, Notice, problemMessage } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import {
  bodyOf,
  checkOutcome,
  type DraftRecommendation,
  initialOutcomeState,
  isDirty,
  isPublished,
  isWritable,
  type OutcomeAction,
  outcomeReducer,
} from './outcome-draft.ts';
import { placeOf } from './outcome-fields.ts';
import { outcomeWordsMessages } from './outcome-words.ts';
import { outcomesApi } from './outcomes-api.ts';
import { RevisionList } from './revision-list.tsx';

const editorMessages: MessageSource = {
  az: () => import('#shared/i18n/az-outcome-editor.ts').then((module) => module.azOutcomeEditor),
  en: () => import('#shared/i18n/en-outcome-editor.ts').then((module) => module.enOutcomeEditor),
};

export const messages = [outcomeWordsMessages, editorMessages];

interface Loaded {
  session: SessionDetail;
  outcome: Outcome | null;
  /** Public, available documents of the session and its theme, and any already linked. */
  documents: Array<Pick<SharedDocument, 'id' | 'title' | 'fileName'>>;
}

async function load(sessionId: string): Promise<Loaded> {
  const [session, outcome] = await Promise.all([sessionsApi.get(sessionId), outcomesApi.forEditing(sessionId)]);
  // The documents client is needed for the picker only: its own chunk.
  const { documentsApi } = await import('../documents/documents-api.ts');
  const pages = await Promise.all([
    documentsApi.list({ session: sessionId, limit: 100 }),
    documentsApi.list({ theme: session.theme, limit: 100 }),
  ]);
  const documents = new Map<string, Loaded['documents'][number]>();
  for (const doc of pages.flatMap((page) => page.items)) {
    if (doc.visibility === 'public' && doc.status === 'available') documents.set(doc.id, doc);
  }
  for (const id of outcome?.documents ?? []) {
    if (!documents.has(id)) {
      const doc = await documentsApi.get(id).catch(() => null);
      documents.set(id, doc ?? { id, title: id, fileName: '' });
    }
  }
  return { session, outcome, documents: [...documents.values()] };
}

export default function OutcomeEditorPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'signed-in' && session.me.role === 'secretariat') {
    return <EditorLoader sessionId={params.id ?? ''} />;
  }
  // Anyone else is told why not (sign in, or the secretariat only).
  return (
    <>
      <PageHeading title={t('outcomeEditor.headingShort')}>{t('outcomeEditor.headingShort')}</PageHeading>
      <MemberGate only="secretariat">{() => null}</MemberGate>
    </>
  );
}

function EditorLoader({ sessionId }: { sessionId: string }) {
  const { t, lang } = useI18n();
  return (
    <DetailPage
      load={() => load(sessionId)}
      title={t('outcomeEditor.headingShort')}
      titleOf={(loaded) => t('outcomeEditor.heading', { title: loaded.session.title[lang] })}
      notFound={{ message: t('outcomeEditor.notFound') }}
    >
      {(loaded) => <Editor {...loaded} />}
    </DetailPage>
  );
}

function Editor({ documents, ...loaded }: Loaded) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [state, dispatch] = useReducer(outcomeReducer, loaded, initialOutcomeState);
  const { session, outcome, draft } = state;
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const published = isPublished(state);
  const dirty = isDirty(state);

  const summaryItems: SummaryItem[] = Object.entries(errors).flatMap(([path, message]) =>
    message ? [{ ...placeOf(i18n, draft, path), message }] : [],
  );
  const errorAt = (path: string) => errors[path];

  function addRecommendation() {
    const key = state.lastKey + 1;
    dispatch({ type: 'addRecommendation' });
    announce(t('outcomeEditor.added', { n: draft.recommendations.length + 1 }));
    setTimeout(() => document.getElementById(`rec-${key}-az`)?.focus());
  }

  function removeRecommendation(key: number) {
    const index = draft.recommendations.findIndex((item) => item.key === key);
    const remaining = draft.recommendations.filter((item) => item.key !== key);
    dispatch({ type: 'removeRecommendation', key });
    announce(t('outcomeEditor.removed', { count: remaining.length }));
    const next = remaining[index] ?? remaining[index - 1];
    setTimeout(() => document.getElementById(next ? `rec-${next.key}-az` : 'add-recommendation')?.focus());
  }

  async function reloadLatest(message: string) {
    try {
      dispatch({ type: 'saved', outcome: await outcomesApi.get(session.id) });
      setFailure(message);
    } catch (error) {
      setFailure(problemMessage(i18n, error));
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const found = checkOutcome(state);
    if (found.length > 0) return showErrors(byField(i18n, found));
    clearErrors();
    setSaving(true);
    try {
      const saved = await outcomesApi.save(session.id, saveOutcomeSchema.parse(bodyOf(state)), outcome?.version);
      dispatch({ type: 'saved', outcome: saved });
      announce(t(published ? 'outcomeEditor.corrected' : 'outcomeEditor.saved'));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        await reloadLatest(t('outcomeEditor.stale'));
      } else if (error instanceof ApiError && error.code === 'session-not-held') {
        setFailure(t('outcomeEditor.notHeldError'));
      } else if (!showApiErrors(error)) {
        setFailure(problemMessage(i18n, error));
      }
    } finally {
      setSaving(false);
    }
  }

  if (!isWritable(state)) {
    return (
      <>
        <Notice>
          <p>{t('outcomeEditor.notHeld')}</p>
        </Notice>
        <p>
          <a href={`/sessions/${session.id}`}>{t('outcomeEditor.backToSession')}</a>
        </p>
      </>
    );
  }

  return (
    <>
      <Notice tone={published ? 'success' : 'info'}>
        <p>
          {outcome === null
            ? t('outcomeEditor.new')
            : published
              ? t('outcomeEditor.publishedNote', { date: formatDateTime(outcome.publishedAt ?? outcome.updatedAt) })
              : t('outcomeEditor.draft')}
        </p>
        <p>
          <a href={`/sessions/${session.id}`}>{t('outcomeEditor.backToSession')}</a>
          {published && (
            <>
              {' · '}
              <a href={`/outcomes/${session.id}`}>{t('outcomeEditor.viewPublic')}</a>
            </>
          )}
        </p>
      </Notice>
      <form class="form form-wide" noValidate onSubmit={save}>
        <ErrorSummary items={summaryItems} attempt={attempt} />
        {(['az', 'en'] as const).map((lang) => (
          <TextAreaField
            key={lang}
            id={`outcome-summary-${lang}`}
            name={`summary-${lang}`}
            label={t(lang === 'az' ? 'outcomeEditor.summaryAz' : 'outcomeEditor.summaryEn')}
            maxLength={20_000}
            value={draft.summary[lang]}
            onValue={(value) => dispatch({ type: 'setSummary', lang, value })}
            error={errorAt(`summary.${lang}`)}
          />
        ))}
        <h2>{t('outcomeEditor.recommendations')}</h2>
        {draft.recommendations.length === 0 && <p>{t('outcomeEditor.none')}</p>}
        <ol class="recommendation-editor">
          {draft.recommendations.map((recommendation, index) => (
            <li key={recommendation.key}>
              <RecommendationFields
                recommendation={recommendation}
                index={index}
                errorAt={errorAt}
                dispatch={dispatch}
                onRemove={() => removeRecommendation(recommendation.key)}
              />
            </li>
          ))}
        </ol>
        <p>
          <button id="add-recommendation" type="button" class="button button-secondary" onClick={addRecommendation}>
            {t('outcomeEditor.add')}
          </button>
        </p>
        <fieldset class={errors.documents ? 'choices field-invalid' : 'choices'} aria-describedby="documents-hint">
          <legend>{t('outcomeEditor.documents')}</legend>
          <p id="documents-hint" class="hint">
            {t('outcomeEditor.documentsHint')}
          </p>
          {Object.entries(errors)
            .filter(([path]) => path.startsWith('documents'))
            .map(([path, message]) => (
              <p key={path} class="field-error">
                {message}
              </p>
            ))}
          {documents.length === 0 && <p>{t('outcomeEditor.documentsNone')}</p>}
          {documents.map((doc, index) => (
            <label key={doc.id} class="choice">
              <input
                id={index === 0 ? 'outcome-documents' : `outcome-document-${doc.id}`}
                type="checkbox"
                checked={draft.documents.includes(doc.id)}
                onChange={(event) => dispatch({ type: 'setDocument', id: doc.id, linked: event.currentTarget.checked })}
              />
              {doc.title}
              {doc.fileName && <span class="muted"> ({doc.fileName})</span>}
            </label>
          ))}
          <p>
            <a href={`/documents/upload?session=${encodeURIComponent(session.id)}`}>
              {t('outcomeEditor.uploadDocument')}
            </a>
          </p>
        </fieldset>
        {published &&
          (['az', 'en'] as const).map((lang) => (
            <TextAreaField
              key={lang}
              id={`outcome-note-${lang}`}
              name={`note-${lang}`}
              label={t(lang === 'az' ? 'outcomeEditor.noteAz' : 'outcomeEditor.noteEn')}
              hint={t('outcomeEditor.noteHint')}
              maxLength={1000}
              value={draft.note[lang]}
              onValue={(value) => dispatch({ type: 'setNote', lang, value })}
              error={errorAt(`note.${lang}`)}
            />
          ))}
        {failure && (
          <div class="notice notice-error" role="alert">
            <p>{failure}</p>
          </div>
        )}
        <div class="button-row">
          <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
            {saving ? t('common.saving') : t(published ? 'outcomeEditor.saveCorrection' : 'outcomeEditor.save')}
          </button>
          {dirty && outcome !== null && <p class="unsaved">{t('outcomeEditor.saveFirst')}</p>}
        </div>
      </form>
      {outcome && !published && session.status === 'held' && (
        <Publish
          session={session}
          dirty={dirty}
          onPublished={(next) => dispatch({ type: 'published', outcome: next })}
        />
      )}
      {outcome && outcome.revisions.length > 0 && (
        <section aria-labelledby="revisions-heading">
          <h2 id="revisions-heading">{t('outcomeEditor.history')}</h2>
          <RevisionList revisions={outcome.revisions} />
        </section>
      )}
    </>
  );
}

/** One recommendation: its text in both languages, to whom it speaks, and a way to remove it. */
function RecommendationFields({
  recommendation,
  index,
  errorAt,
  dispatch,
  onRemove,
}: {
  recommendation: DraftRecommendation;
  index: number;
  errorAt(path: string): string | undefined;
  dispatch(action: OutcomeAction): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const { key } = recommendation;
  return (
    <fieldset class="group">
      <legend>{t('outcomeEditor.recommendation', { n: index + 1 })}</legend>
      {(['az', 'en'] as const).map((lang) => (
        <TextAreaField
          key={lang}
          id={`rec-${key}-${lang}`}
          name={`rec-${index}-${lang}`}
          label={t(lang === 'az' ? 'outcomeEditor.textAz' : 'outcomeEditor.textEn')}
          maxLength={3000}
          value={recommendation.text[lang]}
          onValue={(value) => dispatch({ type: 'setText', key, lang, value })}
          error={errorAt(`recommendations.${index}.text.${lang}`)}
        />
      ))}
      <fieldset class="choices">
        <legend>{t('outcomeEditor.addressees')}</legend>
        <div class="addressee-choices">
          {addressees.map((addressee) => (
            <label key={addressee} class="choice">
              <input
                id={`rec-${key}-${addressee}`}
                type="checkbox"
                checked={recommendation.addressees.includes(addressee)}
                onChange={(event) =>
                  dispatch({ type: 'setAddressee', key, addressee, chosen: event.currentTarget.checked })
                }
              />
              {t(`addressee.${addressee}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        <button type="button" class="button button-secondary button-small" onClick={onRemove}>
          {t('outcomeEditor.remove')}
        </button>
      </p>
    </fieldset>
  );
}

function Publish({
  session,
  dirty,
  onPublished,
}: {
  session: SessionDetail;
  dirty: boolean;
  onPublished(outcome: Outcome): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  // Outcomes take the session's visibility; only a members-only session's may be made public.
  const [visibility, setVisibility] = useState<'public' | 'members'>(session.visibility);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);

  function ask() {
    setFailure(null);
    if (dirty) {
      setFailure(t('outcomeEditor.saveFirst'));
      return;
    }
    setConfirming(true);
    setTimeout(() => document.getElementById('publish-confirm')?.focus());
  }

  async function publish() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const published = await outcomesApi.publish(session.id, visibility);
      announce(t('outcomeEditor.published'));
      onPublished(published);
    } catch (error) {
      setConfirming(false);
      setFailure(
        error instanceof ApiError && error.code === 'already-published'
          ? t('outcomeEditor.alreadyPublished')
          : error instanceof ApiError && error.code === 'session-not-held'
            ? t('outcomeEditor.notHeldError')
            : error instanceof ApiError && error.errors.length > 0
              ? error.errors.map((problem) => fieldMessage(i18n, problem)).join(' ')
              : problemMessage(i18n, error),
      );
      setTimeout(() => opener.current?.focus());
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby="publish-heading" class="card">
      <h2 id="publish-heading">{t('outcomeEditor.publishHeading')}</h2>
      <p>{t('outcomeEditor.publishIntro')}</p>
      {session.visibility === 'members' && (
        <fieldset class="field">
          <legend>{t('outcomeEditor.visibilityLegend')}</legend>
          {(['members', 'public'] as const).map((option) => (
            <label key={option} class="choice">
              <input
                id={`publish-visibility-${option}`}
                type="radio"
                name="publish-visibility"
                value={option}
                checked={visibility === option}
                onChange={() => setVisibility(option)}
              />
              {t(option === 'members' ? 'outcomeEditor.visibilityMembers' : 'outcomeEditor.visibilityPublic')}
            </label>
          ))}
        </fieldset>
      )}
      {failure && (
        <p class="action-error" role="alert">
          {failure}
        </p>
      )}
      {confirming ? (
        <ConfirmBox
          id="publish-confirm"
          question={t(
            visibility === 'members' ? 'outcomeEditor.publishQuestionMembers' : 'outcomeEditor.publishQuestion',
          )}
          confirm={
            <button type="button" class="button" aria-disabled={busy ? 'true' : undefined} onClick={publish}>
              {t('outcomeEditor.publishConfirm')}
            </button>
          }
          keepLabel={t('outcomeEditor.publishKeep')}
          onKeep={() => setConfirming(false)}
          opener={opener}
        />
      ) : (
        <button ref={opener} type="button" class="button" onClick={ask}>
          {t('outcomeEditor.publish')}
        </button>
      )}
    </section>
  );
}
