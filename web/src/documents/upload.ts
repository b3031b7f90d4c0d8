import { useEffect, useRef, useState } from 'preact/hooks';
import { type DocumentDetail, documentsApi } from './documents-api.ts';

/**
 * An upload in three steps: the API records the document (or version) and answers a presigned
 * POST; the browser sends the file straight to the document store (XMLHttpRequest, for its
 * progress events); the server checks the file and the page asks until it has decided.
 */
export type UploadState =
  | { phase: 'idle' }
  | { phase: 'preparing'; fileName: string; total: number }
  | { phase: 'uploading'; fileName: string; loaded: number; total: number }
  | { phase: 'checking'; fileName: string; total: number; documentId: string }
  | { phase: 'available'; fileName: string; total: number; documentId: string }
  | { phase: 'rejected'; fileName: string; total: number; documentId: string; reason: string | null }
  | { phase: 'slow'; fileName: string; total: number; documentId: string }
  | { phase: 'cancelled' }
  | { phase: 'send-failed'; expired: boolean };

export interface Created {
  document: { id: string };
  upload: { url: string; fields: Record<string, string>; expiresAt: string };
}

class Aborted extends Error {}

/** Sends the presigned fields first and the file last (S3 reads the policy before the file). */
export function postFile(
  upload: Created['upload'],
  file: File,
  onProgress: (loaded: number) => void,
): { done: Promise<void>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<void>((resolve, reject) => {
    xhr.open('POST', upload.url);
    // The multipart body is a little larger than the file: progress is told in the file's bytes.
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(Math.min(file.size, Math.round((event.loaded / event.total) * file.size)));
      }
    };
    xhr.upload.onload = () => onProgress(file.size);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`store ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('network'));
    xhr.onabort = () => reject(new Aborted());
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', file, file.name);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

/** The version an upload creates, read from its object key (`pending/<id>/v<n>/…`). */
function versionOf(created: Created, detail: DocumentDetail): number {
  const fromKey = /\/v(\d+)\//.exec(created.upload.fields.key ?? '')?.[1];
  if (fromKey) return Number(fromKey);
  return Math.max(0, ...detail.versions.map((version) => version.number));
}

const pollEveryMs = 400;
const pollForMs = 60_000;

export interface Upload {
  state: UploadState;
  busy: boolean;
  /**
   * Runs the three steps. `create` asks the API; when it fails, its error is thrown for the form
   * to show (field errors) and nothing was sent. `onCancel` undoes what `create` recorded.
   */
  start(file: File, create: () => Promise<Created>, onCancel?: (documentId: string) => Promise<void>): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useUpload(onPhase?: (state: UploadState) => void): Upload {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abort = useRef<(() => void) | null>(null);
  const cancelled = useRef(false);
  const mounted = useRef(true);
  const phaseListener = useRef(onPhase);
  phaseListener.current = onPhase;

  useEffect(
    () => () => {
      mounted.current = false;
      abort.current?.();
    },
    [],
  );

  function show(next: UploadState, tell = true) {
    if (!mounted.current) return;
    setState(next);
    if (tell) phaseListener.current?.(next);
  }

  async function start(file: File, create: () => Promise<Created>, onCancel?: (documentId: string) => Promise<void>) {
    cancelled.current = false;
    const total = file.size;
    const fileName = file.name;
    show({ phase: 'preparing', fileName, total }, false);
    let created: Created;
    try {
      created = await create();
    } catch (error) {
      show({ phase: 'idle' }, false);
      throw error;
    }
    const documentId = created.document.id;
    const undo = () => onCancel?.(documentId).catch(() => undefined);
    if (cancelled.current) {
      await undo();
      return show({ phase: 'cancelled' });
    }

    show({ phase: 'uploading', fileName, loaded: 0, total });
    const sending = postFile(created.upload, file, (loaded) => {
      if (!cancelled.current) show({ phase: 'uploading', fileName, loaded, total }, false);
    });
    abort.current = sending.abort;
    try {
      await sending.done;
    } catch (error) {
      abort.current = null;
      if (error instanceof Aborted || cancelled.current) {
        await undo();
        return show({ phase: 'cancelled' });
      }
      return show({ phase: 'send-failed', expired: Date.now() > Date.parse(created.upload.expiresAt) });
    }
    abort.current = null;

    show({ phase: 'checking', fileName, total, documentId });
    const deadline = Date.now() + pollForMs;
    while (mounted.current && Date.now() < deadline) {
      try {
        const detail = await documentsApi.get(documentId);
        const wanted = versionOf(created, detail);
        const version = detail.versions.find((candidate) => candidate.number === wanted);
        if (version?.status === 'available') return show({ phase: 'available', fileName, total, documentId });
        if (version?.status === 'rejected') {
          return show({ phase: 'rejected', fileName, total, documentId, reason: version.rejectedReason });
        }
      } catch {
        // A failed look is looked again; the deadline ends the wait.
      }
      await new Promise((resume) => setTimeout(resume, pollEveryMs));
    }
    show({ phase: 'slow', fileName, total, documentId });
  }

  return {
    state,
    busy: state.phase === 'preparing' || state.phase === 'uploading' || state.phase === 'checking',
    start,
    cancel() {
      cancelled.current = true;
      abort.current?.();
    },
    reset: () => show({ phase: 'idle' }, false),
  };
}
