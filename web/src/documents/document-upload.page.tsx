import { useState } from 'preact/hooks';
import { createDocumentSchema } from '#shared/schemas/document-changes.ts';
import type { Member } from '#shared/schemas/member.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { locationStore } from '../app/router.ts';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { ErrorNotice } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { validationErrors } from '../ui/validation.ts';
import { documentChangesApi } from './document-changes-api.ts';
import { DocumentDetailFields, type DocumentValues, documentFields } from './document-fields.tsx';
import { documentsMessages } from './documents-messages.ts';
import { rejectedReasonText } from './file-facts.ts';
import { FilePicker, UploadStatus, uploadErrors, uploadPhaseText } from './file-upload.tsx';
import { checkFiles, type FileCheck, fileProblemText, titleFromFileName } from './files.ts';
import { useUpload } from './upload.ts';

export const messages = [documentsMessages];

export default function DocumentUploadPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('upload.heading')}>{t('upload.heading')}</PageHeading>
      <p class="prose">{t('upload.intro')}</p>
      <MemberGate>{(me) => <UploadForm me={me} />}</MemberGate>
    </>
  );
}

function blank(lang: I18n['lang']): DocumentValues {
  const params = new URLSearchParams(locationStore.get().search);
  return {
    title: '',
    description: '',
    language: lang,
    session: params.get('session') ?? '',
    theme: params.get('theme') ?? '',
    visibility: 'members',
  };
}

function UploadForm({ me }: { me: Member }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(() => blank(i18n.lang));
  const [file, setFile] = useState<FileCheck | null>(null);
  const { errors, attempt, showErrors, clearErrors, keepErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  const reason = (text: string | null) => rejectedReasonText(i18n, text);
  const upload = useUpload((state) => announce(uploadPhaseText(i18n, state, reason)));
  const fields = { file: { id: 'document-file', label: 'docField.file' as const }, ...documentFields('document') };
  const phase = upload.state.phase;
  const done = phase === 'available' || phase === 'rejected' || phase === 'slow';

  function chooseFile(check: FileCheck) {
    // The file's name is a good first title; one the uploader typed (or changed) stays.
    const previous = file?.ok ? titleFromFileName(file.file.name) : '';
    if (check.ok && (values.title === '' || values.title === previous)) {
      setValues((current) => ({ ...current, title: titleFromFileName(check.file.name) }));
    }
    setFile(check);
    if (phase === 'cancelled' || phase === 'send-failed') upload.reset();
    keepErrors(({ file: _before, ...others }) =>
      check.ok ? others : { ...others, file: fileProblemText(i18n, check) },
    );
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (upload.busy || done) return;
    setFailure(null);
    const check = file ?? checkFiles(null);
    const input = {
      title: values.title,
      description: values.description,
      language: values.language,
      ...(values.session ? { session: values.session } : {}),
      ...(values.theme ? { theme: values.theme } : {}),
      visibility: values.visibility,
      // Stand-ins while no usable file is chosen: the file field says what is wrong with it.
      fileName: check.ok ? check.file.name : 'file.pdf',
      contentType: check.ok ? check.contentType : 'application/pdf',
      size: check.ok ? check.file.size : 1,
    };
    const found =
      uploadErrors(i18n, new ApiError(400, 'local', '', validationErrors(createDocumentSchema, input))) ?? {};
    if (!check.ok) found.file = fileProblemText(i18n, check);
    if (Object.keys(found).length > 0) return showErrors(found);
    if (!check.ok) return;
    clearErrors();
    try {
      await upload.start(
        check.file,
        () => documentChangesApi.create(createDocumentSchema.parse(input)),
        // A cancelled first upload leaves nothing behind: its pending document is withdrawn.
        (id) => documentChangesApi.withdraw(id),
      );
    } catch (error) {
      const fromApi = uploadErrors(i18n, error);
      if (fromApi && Object.keys(fromApi).length > 0) showErrors(fromApi);
      else setFailure(error);
    }
  }

  function another() {
    setValues(blank(i18n.lang));
    setFile(null);
    clearErrors();
    setFailure(null);
    upload.reset();
    // A new file input: the old one still holds the sent file.
    setRound((count) => count + 1);
    setTimeout(() => document.getElementById('document-file')?.focus());
  }

  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summaryOf(fields, errors, t)} attempt={attempt} />
      <FilePicker
        key={round}
        id="document-file"
        label={t('docField.file')}
        error={errors.file}
        chosen={file?.ok ? file.file : null}
        disabled={upload.busy || done}
        onChoose={chooseFile}
      />
      <DocumentDetailFields
        prefix="document"
        i18n={i18n}
        values={values}
        errors={errors}
        secretariat={me.role === 'secretariat'}
        onChange={setValues}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      {!done && (
        <button type="submit" class="button" aria-disabled={upload.busy ? 'true' : undefined}>
          {t('upload.submit')}
        </button>
      )}
      <UploadStatus state={upload.state} onCancel={upload.cancel} reasonText={reason}>
        {done && 'documentId' in upload.state && (
          <div class="button-row">
            <a class="button" href={`/documents/${upload.state.documentId}`}>
              {t('upload.open')}
            </a>
            <button type="button" class="button button-secondary" onClick={another}>
              {t('upload.another')}
            </button>
          </div>
        )}
      </UploadStatus>
    </form>
  );
}
