import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../app/api.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { byField, type FieldMessages } from '../ui/field-messages.ts';
import { formatBytes } from './file-facts.ts';
import { acceptedExtensions, checkFiles, type FileCheck } from './files.ts';
import type { UploadState } from './upload.ts';

/**
 * The file field: a real `<input type=file>` with its label, which works by keyboard and screen
 * reader; the area around it also takes a file dragged onto it. The file is checked as soon as it
 * is chosen (type, size, name), before any byte is sent.
 */
export function FilePicker({
  id,
  label,
  error,
  chosen,
  disabled = false,
  onChoose,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  chosen: File | null;
  disabled?: boolean;
  onChoose(check: FileCheck): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  function dropped(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (disabled) return;
    const files = event.dataTransfer?.files;
    const check = checkFiles(files);
    // The input shows the dropped file too, so that what it says and what is sent agree.
    if (input.current && files) {
      try {
        if (check.ok) input.current.files = files;
        else input.current.value = '';
      } catch {
        // An older browser cannot set files; the chosen file is still kept and named below.
      }
    }
    onChoose(check);
  }

  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="hint">
        {t('upload.fileHint')}
      </p>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer enhancement; the file input inside is the way by keyboard */}
      <div
        class={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          if (event.dataTransfer) event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={dropped}
      >
        <p class="muted">{t('upload.dropZone')}</p>
        <input
          ref={input}
          id={id}
          name="file"
          type="file"
          accept={acceptedExtensions}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChoose(checkFiles(event.currentTarget.files))}
        />
        {chosen && <p>{t('upload.chosen', { name: chosen.name, size: formatBytes(i18n, chosen.size) })}</p>}
      </div>
    </div>
  );
}

export function uploadPhaseText(i18n: I18n, state: UploadState, reasonText: (reason: string | null) => string): string {
  const { t } = i18n;
  switch (state.phase) {
    case 'idle':
      return '';
    case 'preparing':
      return t('upload.preparing');
    case 'uploading':
      return t('upload.uploading', { name: state.fileName });
    case 'checking':
      return t('upload.checking');
    case 'available':
      return t('upload.available');
    case 'rejected':
      return t('upload.rejected', { reason: reasonText(state.reason) });
    case 'slow':
      return t('upload.slowCheck');
    case 'cancelled':
      return t('upload.cancelled');
    case 'send-failed':
      return t(state.expired ? 'upload.expired' : 'upload.sendFailed');
  }
}

/**
 * The progress of an upload, in percent and bytes, with its cancel button; then the check's
 * verdict. What happens is also announced (by the caller, through the live region) at each step.
 */
export function UploadStatus({
  state,
  onCancel,
  reasonText,
  children,
}: {
  state: UploadState;
  onCancel(): void;
  reasonText: (reason: string | null) => string;
  children?: ComponentChildren;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const verdict = useRef<HTMLParagraphElement>(null);
  const finished = !['idle', 'preparing', 'uploading', 'checking'].includes(state.phase);

  // The buttons that started or cancelled the upload are gone by now: focus goes to the verdict.
  useEffect(() => {
    if (finished) verdict.current?.focus();
  }, [state.phase]);

  if (state.phase === 'idle') return null;
  const total = 'total' in state ? state.total : null;
  const loaded = state.phase === 'uploading' ? state.loaded : state.phase === 'preparing' ? 0 : (total ?? 0);
  const percent = total ? Math.floor((loaded / total) * 100) : 0;
  const tone =
    state.phase === 'rejected' || state.phase === 'send-failed'
      ? 'failed'
      : state.phase === 'available'
        ? 'available'
        : '';
  return (
    <div class="upload-status">
      {total !== null && (
        <>
          <label for="upload-progress">{t('upload.progressLabel')}</label>
          <progress id="upload-progress" max={total} value={loaded} aria-describedby="upload-progress-text" />
          <p id="upload-progress-text" class="upload-progress-text">
            {t('upload.progress', {
              percent,
              loaded: formatBytes(i18n, loaded),
              total: formatBytes(i18n, total),
            })}
          </p>
        </>
      )}
      <p ref={verdict} tabIndex={-1} class={`upload-phase ${tone ? `upload-phase-${tone}` : ''}`}>
        {uploadPhaseText(i18n, state, reasonText)}
      </p>
      {(state.phase === 'uploading' || state.phase === 'preparing') && (
        <button type="button" class="button button-secondary" onClick={onCancel}>
          {t('upload.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}

const fileFields = ['fileName', 'contentType', 'size'];

/** The API's field errors, with those about the file (name, type, size) put on the file field. */
export function uploadErrors(i18n: I18n, error: unknown): FieldMessages | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'public-needs-secretariat') return { visibility: i18n.t('upload.error.publicNeedsSecretariat') };
  if (error.errors.length === 0) return null;
  const found: FieldMessages = {};
  for (const [name, message] of Object.entries(byField(i18n, error.errors))) {
    if (fileFields.includes(name)) found.file ??= message;
    else found[name] = message;
  }
  return found;
}
