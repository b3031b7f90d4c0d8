import { useRef, useState } from 'preact/hooks';
import type { SharedDocument } from '#shared/schemas/document.ts';
import { addressees, type Outcome, type SaveOutcome, saveOutcomeSchema } from '#shared/schemas/outcome.ts';
import type { SessionDetail } from '#shared/schemas/session.ts';
import { announce } from '../announcer.ts';
import { ApiError, type FieldError } from '../api.ts';
import { ErrorSummary, type SummaryItem } from '../components/error-summary.tsx';
import { TextAreaField } from '../components/fields.tsx';
import { MemberGate } from '../components/member-gate.tsx';
import { ConfirmBox, ErrorNotice, Loading, Notice, problemMessage } from '../components/notices.tsx';
import { outcomeWordsMessages } from '../components/outcome-words.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { RevisionList } from '../components/revision-list.tsx';
import { fieldMessage, validationErrors } from '../field-messages.ts';
import { type I18n, type MessageSource, useI18n } from '../i18n.ts';
import { outcomesApi } from '../outcomes-api.ts';
import { useSession } from '../session.ts';
import { sessionsApi } from '../sessions-api.ts';
import { useLoad } from '../use-load.ts';

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
  const [session, outcome] = await Promise.all([
    sessionsApi.get(sessionId),
    outcomesApi.get(sessionId).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }),
  ]);
  // The documents client is needed for the picker only: its own chunk.
  const { documentsApi } = await import('../documents-api.ts');
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
  const [loaded, reload] = useLoad(() => load(sessionId));
  const heading =
    loaded.state === 'done'
      ? t('outcomeEditor.heading', { title: loaded.value.session.title[lang] })
      : t('outcomeEditor.headingShort');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' &&
        (loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400) ? (
          <Notice>
            <p>{t('outcomeEditor.notFound')}</p>
          </Notice>
        ) : (
          <>
            <ErrorNotice error={loaded.error} />
            <button type="button" class="button button-secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </>
        ))}
      {loaded.state === 'done' && <Editor {...loaded.value} />}
    </>
  );
}

interface DraftRecommendation {
  key: number;
  text: { az: string; en: string };
  addressees: Addressee[];
}

interface Draft {
  summary: { az: string; en: string };
  recommendations: DraftRecommendation[];
  documents: string[];
  note: { az: string; en: string };
}

type Addressee = (typeof addressees)[number];

let nextKey = 1;

function draftOf(outcome: Outcome | null): Draft {
  return {
    summary: { ...(outcome?.summary ?? { az: '', en: '' }) },
    recommendations: (outcome?.recommendations ?? []).map((recommendation) => ({
      key: nextKey++,
      text: { ...recommendation.text },
      addressees: [...recommendation.addressees],
    })),
    documents: [...(outcome?.documents ?? [])],
    note: { az: '', en: '' },
  };
}

function contentOf(draft: Draft): Omit<SaveOutcome, 'note'> {
  return {
    summary: draft.summary,
    recommendations: draft.recommendations.map(({ text, addressees: chosen }) => ({ text, addressees: chosen })),
    documents: draft.documents,
  };
}

const sameContent = (draft: Draft, outcome: Outcome | null) =>
  JSON.stringify(contentOf(draft)) === JSON.stringify(contentOf(draftOf(outcome)));

/** Where a field error (by its path in the saved body) is shown, and what the summary calls it. */
function placeOf(i18n: I18n, draft: Draft, path: string): { fieldId: string; label: string } {
  const { t } = i18n;
  const summary = /^summary\.(az|en)$/.exec(path);
  if (summary) {
    return {
      fieldId: `outcome-summary-${summary[1]}`,
      label: t(summary[1] === 'az' ? 'outcomeEditor.summaryAz' : 'outcomeEditor.summaryEn'),
    };
  }
  const recommendation = /^recommendations\.(\d+)(?:\.(text\.(az|en)|addressees))?/.exec(path);
  if (recommendation) {
    const index = Number(recommendation[1]);
    const key = draft.recommendations[index]?.key ?? 0;
    const name = t('outcomeEditor.recommendation', { n: index + 1 });
    if (recommendation[3] === 'az' || recommendation[3] === 'en') {
      const lang = recommendation[3];
      return {
        fieldId: `rec-${key}-${lang}`,
        label: `${name}, ${t(lang === 'az' ? 'outcomeEditor.textAz' : 'outcomeEditor.textEn')}`,
      };
    }
    return { fieldId: `rec-${key}-${addressees[0]}`, label: `${name}, ${t('outcomeEditor.addressees')}` };
  }
  if (path.startsWith('documents')) return { fieldId: 'outcome-documents', label: t('outcomeEditor.documents') };
  const note = /^note(?:\.(az|en))?$/.exec(path);
  if (note) {
    const lang = note[1] === 'en' ? 'en' : 'az';
    return {
      fieldId: `outcome-note-${lang}`,
      label: t(lang === 'az' ? 'outcomeEditor.noteAz' : 'outcomeEditor.noteEn'),
    };
  }
  return { fieldId: 'add-recommendation', label: t('outcomeEditor.recommendations') };
}

function Editor({ session: initialSession, outcome: initialOutcome, documents }: Loaded) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const [session, setSession] = useState(initialSession);
  const [outcome, setOutcome] = useState(initialOutcome);
  const [draft, setDraft] = useState(() => draftOf(initialOutcome));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const published = outcome?.status === 'published';
  const writable = session.status === 'held' || session.status === 'published';
  const dirty =
    !sameContent(draft, outcome) || (published && (draft.note.az.trim() !== '' || draft.note.en.trim() !== ''));

  const summaryItems: SummaryItem[] = Object.entries(errors).map(([path, message]) => ({
    ...placeOf(i18n, draft, path),
    message,
  }));
  const errorAt = (path: string) => errors[path];

  function showErrors(found: FieldError[]) {
    const byPath: Record<string, string> = {};
    for (const error of found) {
      const path = error.field.replace(/^(json|body)\./, '');
      byPath[path] ??= fieldMessage(i18n, error);
    }
    setErrors(byPath);
    setAttempt((count) => count + 1);
  }

  function update(change: (draft: Draft) => Draft) {
    setDraft((current) => change(current));
  }

  function setRecommendation(key: number, change: (recommendation: DraftRecommendation) => DraftRecommendation) {
    update((current) => ({
      ...current,
      recommendations: current.recommendations.map((item) => (item.key === key ? change(item) : item)),
    }));
  }

  function addRecommendation() {
    const key = nextKey++;
    const n = draft.recommendations.length + 1;
    update((current) => ({
      ...current,
      recommendations: [...current.recommendations, { key, text: { az: '', en: '' }, addressees: [] }],
    }));
    announce(t('outcomeEditor.added', { n }));
    setTimeout(() => document.getElementById(`rec-${key}-az`)?.focus());
  }

  function removeRecommendation(key: number) {
    const index = draft.recommendations.findIndex((item) => item.key === key);
    const remaining = draft.recommendations.filter((item) => item.key !== key);
    update((current) => ({ ...current, recommendations: remaining }));
    announce(t('outcomeEditor.removed', { count: remaining.length }));
    const next = remaining[index] ?? remaining[index - 1];
    setTimeout(() => document.getElementById(next ? `rec-${next.key}-az` : 'add-recommendation')?.focus());
  }

  async function reloadLatest(message: string) {
    try {
      const latest = await outcomesApi.get(session.id);
      setOutcome(latest);
      setDraft(draftOf(latest));
      setFailure(message);
    } catch (error) {
      setFailure(problemMessage(i18n, error));
    }
  }

  async function save(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const body = { ...contentOf(draft), ...(published ? { note: draft.note } : {}) };
    const found = validationErrors(saveOutcomeSchema, body);
    for (const lang of ['az', 'en'] as const) {
      if (published && !draft.note[lang].trim())
        found.push({ field: `note.${lang}`, code: 'required', message: 'Required.' });
    }
    if (found.length > 0) return showErrors(found);
    setErrors({});
    setSaving(true);
    try {
      const saved = await outcomesApi.save(session.id, saveOutcomeSchema.parse(body), outcome?.version);
      setOutcome(saved);
      setDraft(draftOf(saved));
      announce(t(published ? 'outcomeEditor.corrected' : 'outcomeEditor.saved'));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 412 || error.status === 428)) {
        await reloadLatest(t('outcomeEditor.stale'));
      } else if (error instanceof ApiError && error.code === 'session-not-held') {
        setFailure(t('outcomeEditor.notHeldError'));
      } else if (error instanceof ApiError && error.errors.length > 0) {
        showErrors(error.errors);
      } else {
        setFailure(problemMessage(i18n, error));
      }
    } finally {
      setSaving(false);
    }
  }

  if (!writable) {
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
        <TextAreaField
          id="outcome-summary-az"
          name="summary-az"
          label={t('outcomeEditor.summaryAz')}
          maxLength={20_000}
          value={draft.summary.az}
          onValue={(az) => update((current) => ({ ...current, summary: { ...current.summary, az } }))}
          error={errorAt('summary.az')}
        />
        <TextAreaField
          id="outcome-summary-en"
          name="summary-en"
          label={t('outcomeEditor.summaryEn')}
          maxLength={20_000}
          value={draft.summary.en}
          onValue={(en) => update((current) => ({ ...current, summary: { ...current.summary, en } }))}
          error={errorAt('summary.en')}
        />
        <h2>{t('outcomeEditor.recommendations')}</h2>
        {draft.recommendations.length === 0 && <p>{t('outcomeEditor.none')}</p>}
        <ol class="recommendation-editor">
          {draft.recommendations.map((recommendation, index) => (
            <li key={recommendation.key}>
              <fieldset class="group">
                <legend>{t('outcomeEditor.recommendation', { n: index + 1 })}</legend>
                <TextAreaField
                  id={`rec-${recommendation.key}-az`}
                  name={`rec-${index}-az`}
                  label={t('outcomeEditor.textAz')}
                  maxLength={3000}
                  value={recommendation.text.az}
                  onValue={(az) => setRecommendation(recommendation.key, (r) => ({ ...r, text: { ...r.text, az } }))}
                  error={errorAt(`recommendations.${index}.text.az`)}
                />
                <TextAreaField
                  id={`rec-${recommendation.key}-en`}
                  name={`rec-${index}-en`}
                  label={t('outcomeEditor.textEn')}
                  maxLength={3000}
                  value={recommendation.text.en}
                  onValue={(en) => setRecommendation(recommendation.key, (r) => ({ ...r, text: { ...r.text, en } }))}
                  error={errorAt(`recommendations.${index}.text.en`)}
                />
                <fieldset class="choices">
                  <legend>{t('outcomeEditor.addressees')}</legend>
                  <div class="addressee-choices">
                    {addressees.map((addressee) => (
                      <label key={addressee} class="choice">
                        <input
                          id={`rec-${recommendation.key}-${addressee}`}
                          type="checkbox"
                          checked={recommendation.addressees.includes(addressee)}
                          onChange={(event) => {
                            const checked = event.currentTarget.checked;
                            setRecommendation(recommendation.key, (r) => ({
                              ...r,
                              addressees: addressees.filter((a) =>
                                a === addressee ? checked : r.addressees.includes(a),
                              ),
                            }));
                          }}
                        />
                        {t(`addressee.${addressee}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <p>
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    onClick={() => removeRecommendation(recommendation.key)}
                  >
                    {t('outcomeEditor.remove')}
                  </button>
                </p>
              </fieldset>
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
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  update((current) => ({
                    ...current,
                    documents: checked
                      ? [...current.documents.filter((id) => id !== doc.id), doc.id]
                      : current.documents.filter((id) => id !== doc.id),
                  }));
                }}
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
              onValue={(text) => update((current) => ({ ...current, note: { ...current.note, [lang]: text } }))}
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
          onPublished={(next) => {
            setOutcome(next);
            setDraft(draftOf(next));
            setSession({ ...session, status: 'published' });
          }}
        />
      )}
      {outcome && outcome.revisions.length > 0 && (
        <section aria-labelledby="revisions-heading">
          <h2 id="revisions-heading">{t('outcomeEditor.history')}</h2>
          <RevisionList revisions={[...outcome.revisions].reverse()} />
        </section>
      )}
    </>
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
      const published = await outcomesApi.publish(session.id);
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
      {failure && (
        <p class="action-error" role="alert">
          {failure}
        </p>
      )}
      {confirming ? (
        <ConfirmBox
          id="publish-confirm"
          question={t('outcomeEditor.publishQuestion')}
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
