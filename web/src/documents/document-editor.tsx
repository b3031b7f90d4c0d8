import { useRef, useState } from 'preact/hooks';
import { kindOfContentType } from '#shared/file-types.ts';
import { newVersionSchema, type UpdateDocument, updateDocumentSchema } from '#shared/schemas/document-changes.ts';
import type { Member } from '#shared/schemas/member.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { navigate } from '../app/router.ts';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { ConfirmBox, ErrorNotice, problemMessage } from '../ui/notices.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { validationErrors } from '../ui/validation.ts';
import { documentChangesApi } from './document-changes-api.ts';
import { DocumentDetailFields, type DocumentValues, documentFields } from './document-fields.tsx';
import { type DocumentDetail, documentsApi } from './documents-api.ts';
import { rejectedReasonText } from './file-facts.ts';
import { FilePicker, UploadStatus, uploadErrors, uploadPhaseText } from './file-upload.tsx';
import { checkFiles, type FileCheck, fileProblemText } from './files.ts';
import { initialPublicVersions, pickableVersions, publicVersionId, publicVersionsChange } from './public-versions.ts';
import { PublicVersionsField } from './public-versions-field.tsx';
import { useUpload } from './upload.ts';

/**
 * The tools of a document's uploader and of the secretariat: change the details (optimistic
 * locking: a stale save reloads the latest), upload a new version, withdraw it.
 */
export function DocumentEditor({
  doc,
  me,
  onChange,
  onRefresh,
}: {
  doc: DocumentDetail;
  me: Member;
  onChange(doc: DocumentDetail): void;
  onRefresh(): Promise<void>;
}) {
  return (
    <>
      <EditDetails doc={doc} me={me} onChange={onChange} />
      <NewVersion doc={doc} onDone={() => onRefresh().catch(() => undefined)} />
      <Withdraw doc={doc} />
    </>
  );
}

function valuesOf(doc: DocumentDetail): DocumentValues {
  return {
    title: doc.title,
    description: doc.description,
    language: doc.language,
    session: doc.session ?? '',
    theme: doc.theme ?? '',
    visibility: doc.visibility,
  };
}

function changesBetween(doc: DocumentDetail, values: DocumentValues, secretariat: boolean): UpdateDocument {
  const changes: Record<string, unknown> = {};
  const before = valuesOf(doc);
  if (values.title.trim() !== before.title) changes.title = values.title.trim();
  if (values.description.trim() !== before.description) changes.description = values.description.trim();
  if (values.language !== before.language) changes.language = values.language;
  if (values.session !== before.session) changes.session = values.session || null;
  if (values.theme !== before.theme) changes.theme = values.theme || null;
  if (secretariat && values.visibility !== before.visibility) changes.visibility = values.visibility;
  return changes as UpdateDocument;
}

function EditDetails({ doc, me, onChange }: { doc: DocumentDetail; me: Member; onChange(doc: DocumentDetail): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const secretariat = me.role === 'secretariat';
  const [values, setValues] = useState(() => valuesOf(doc));
  const { errors, attempt, showErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [publicVersions, setPublicVersions] = useState(() => initialPublicVersions(doc));
  const pickingVersions = secretariat && values.visibility === 'public' && pickableVersions(doc).length > 0;
  const firstPickable = pickableVersions(doc)[0]?.number ?? 0;
  const fields = {
    ...documentFields('edit'),
    publicVersions: { id: publicVersionId('edit', firstPickable), label: 'publicVersions.legend' as const },
  };

  /** After a save, the page shows the document as stored, with each version's visibility. */
  function showSaved(latest: DocumentDetail) {
    onChange(latest);
    setValues(valuesOf(latest));
    setPublicVersions(initialPublicVersions(latest));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    const changes = changesBetween(doc, values, secretariat);
    if (pickingVersions && publicVersions.length === 0)
      return showErrors({ publicVersions: t('publicVersions.noneChosen') });
    const chosenVersions = pickingVersions ? publicVersionsChange(doc, values.visibility, publicVersions) : undefined;
    if (chosenVersions) changes.publicVersions = chosenVersions;
    if (Object.keys(changes).length === 0) {
      clearErrors();
      announce(t('edit.nothingChanged'));
      return;
    }
    const invalid = uploadErrors(i18n, new ApiError(400, 'local', '', validationErrors(updateDocumentSchema, changes)));
    if (invalid && Object.keys(invalid).length > 0) return showErrors(invalid);
    clearErrors();
    setSaving(true);
    try {
      const saved = await documentChangesApi.update(doc, updateDocumentSchema.parse(changes));
      // The versions' visibility changes with the document's: read back whole, else as saved.
      showSaved(await documentsApi.get(doc.id).catch(() => ({ ...doc, ...saved })));
      announce(t('edit.saved'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        // Someone saved first: the latest is shown, and the change is to be made again on it.
        try {
          showSaved(await documentsApi.get(doc.id));
          setFailure(t('edit.staleReloaded'));
        } catch (reloadError) {
          setFailure(problemMessage(i18n, reloadError));
        }
      } else {
        const fromApi = uploadErrors(i18n, error);
        if (fromApi && Object.keys(fromApi).length > 0) showErrors(fromApi);
        else setFailure(problemMessage(i18n, error));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="edit-heading" class="card">
      <h2 id="edit-heading">{t('edit.heading')}</h2>
      <form class="form" noValidate onSubmit={submit}>
        <ErrorSummary items={summaryOf(fields, errors, t)} attempt={attempt} />
        <DocumentDetailFields
          prefix="edit"
          i18n={i18n}
          values={values}
          errors={errors}
          secretariat={secretariat}
          onChange={setValues}
        />
        {pickingVersions && (
          <PublicVersionsField
            prefix="edit"
            i18n={i18n}
            doc={doc}
            chosen={publicVersions}
            error={errors.publicVersions}
            onChange={setPublicVersions}
          />
        )}
        {failure && (
          <div class="notice notice-error" role="alert">
            <p>{failure}</p>
          </div>
        )}
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </form>
    </section>
  );
}

type VersionInput = ReturnType<typeof newVersionSchema.parse>;

/**
 * A new file for the document. One of another kind (a text file for a presentation) is refused
 * by the API until the uploader confirms it: the question names both kinds, and its "yes" sends
 * the same file again with `confirmKindChange`.
 */
function NewVersion({ doc, onDone }: { doc: DocumentDetail; onDone(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [file, setFile] = useState<FileCheck | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const [kindChange, setKindChange] = useState<{ file: File; input: VersionInput } | null>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const reason = (text: string | null) => rejectedReasonText(i18n, text);
  const upload = useUpload((state) => {
    announce(uploadPhaseText(i18n, state, reason));
    if (state.phase === 'available' || state.phase === 'rejected' || state.phase === 'slow') {
      setFile(null);
      setRound((count) => count + 1);
      onDone();
    }
  });

  function choose(check: FileCheck) {
    setFile(check);
    setKindChange(null);
    setError(check.ok ? undefined : fileProblemText(i18n, check));
  }

  async function send(chosen: File, input: VersionInput) {
    try {
      await upload.start(chosen, () => documentChangesApi.addVersion(doc.id, input));
    } catch (failed) {
      if (failed instanceof ApiError && failed.code === 'kind-change-unconfirmed' && !input.confirmKindChange) {
        setKindChange({ file: chosen, input });
        setTimeout(() => document.getElementById('kind-change-confirm')?.focus());
        return;
      }
      const fromApi = uploadErrors(i18n, failed);
      if (fromApi?.file) setError(fromApi.file);
      else setFailure(failed);
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (upload.busy || kindChange) return;
    setFailure(null);
    const check = file ?? checkFiles(null);
    if (!check.ok) {
      setError(fileProblemText(i18n, check));
      document.getElementById('version-file')?.focus();
      return;
    }
    const input = newVersionSchema.safeParse({
      fileName: check.file.name,
      contentType: check.contentType,
      size: check.file.size,
    });
    if (!input.success) {
      setError(t('upload.error.name'));
      document.getElementById('version-file')?.focus();
      return;
    }
    await send(check.file, input.data);
  }

  const kindName = (contentType: string) => {
    const kind = kindOfContentType(contentType);
    return kind ? t(`fileKind.${kind}`) : contentType;
  };

  return (
    <section aria-labelledby="version-heading" class="card">
      <h2 id="version-heading">{t('newVersion.heading')}</h2>
      <p>{t('newVersion.intro')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <FilePicker
          key={round}
          id="version-file"
          label={t('docField.file')}
          error={error}
          chosen={file?.ok ? file.file : null}
          disabled={upload.busy}
          onChoose={choose}
        />
        {failure !== null && <ErrorNotice error={failure} />}
        {kindChange ? (
          <ConfirmBox
            id="kind-change-confirm"
            question={t('kindChange.question', {
              fileName: kindChange.input.fileName,
              from: kindName(doc.contentType),
              to: kindName(kindChange.input.contentType),
            })}
            confirm={
              <button
                type="button"
                class="button"
                aria-disabled={upload.busy ? 'true' : undefined}
                onClick={() => {
                  const { file: chosen, input } = kindChange;
                  setKindChange(null);
                  setTimeout(() => submitButton.current?.focus());
                  return send(chosen, { ...input, confirmKindChange: true });
                }}
              >
                {t('kindChange.confirm')}
              </button>
            }
            keepLabel={t('kindChange.keep')}
            onKeep={() => setKindChange(null)}
            opener={submitButton}
          />
        ) : (
          <button ref={submitButton} type="submit" class="button" aria-disabled={upload.busy ? 'true' : undefined}>
            {t('newVersion.submit')}
          </button>
        )}
        <UploadStatus state={upload.state} onCancel={upload.cancel} reasonText={reason} />
      </form>
    </section>
  );
}

function Withdraw({ doc }: { doc: DocumentDetail }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const opener = useRef<HTMLButtonElement>(null);

  async function withdraw() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await documentChangesApi.withdraw(doc.id);
      navigate('/documents');
      announce(t('withdraw.done', { title: doc.title }));
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="withdraw-heading" class="card">
      <h2 id="withdraw-heading">{t('withdraw.heading')}</h2>
      <p>{t('withdraw.intro')}</p>
      {failure !== null && <ErrorNotice error={failure} />}
      {confirming ? (
        <ConfirmBox
          id="withdraw-confirm"
          question={t('withdraw.question', { title: doc.title })}
          danger
          confirm={
            <button
              type="button"
              class="button button-danger"
              aria-disabled={busy ? 'true' : undefined}
              onClick={withdraw}
            >
              {t('withdraw.confirm')}
            </button>
          }
          keepLabel={t('withdraw.keep')}
          onKeep={() => setConfirming(false)}
          opener={opener}
        />
      ) : (
        <button
          ref={opener}
          type="button"
          class="button button-danger"
          onClick={() => {
            setConfirming(true);
            setTimeout(() => document.getElementById('withdraw-confirm')?.focus());
          }}
        >
          {t('withdraw.button')}
        </button>
      )}
    </section>
  );
}
