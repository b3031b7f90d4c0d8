import { useEffect, useState } from 'preact/hooks';
import type { SharedDocument } from '#shared/schemas/document.ts';
import { documentsApi } from '../documents-api.ts';
import { addMessages, useI18n } from '../i18n.ts';
import { useSession } from '../session.ts';
import { DocumentItem, documentsMessages } from './document-bits.tsx';
import { ErrorNotice } from './notices.tsx';

/**
 * The documents of a session, for its page: what the reader may see of them (public ones for a
 * visitor), with download links, and for a member the way to add one. It brings its own messages.
 */
export function SessionDocuments({ sessionId }: { sessionId: string }) {
  const [ready, setReady] = useState(false);
  const [documents, setDocuments] = useState<SharedDocument[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    addMessages(documentsMessages).then(
      () => current && setReady(true),
      () => undefined,
    );
    documentsApi.list({ session: sessionId, limit: 100 }).then(
      (page) => current && setDocuments(page.items),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [sessionId]);

  if (!ready) return null;
  return <SessionDocumentList sessionId={sessionId} documents={documents} failure={failure} />;
}

function SessionDocumentList({
  sessionId,
  documents,
  failure,
}: {
  sessionId: string;
  documents: SharedDocument[] | null;
  failure: unknown;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  return (
    <section
      aria-labelledby="session-documents-heading"
      aria-busy={documents === null && !failure ? 'true' : undefined}
    >
      <h2 id="session-documents-heading">{t('sessionDocs.heading')}</h2>
      {failure !== null && <ErrorNotice error={failure} />}
      {documents !== null &&
        (documents.length === 0 ? (
          <p>{t('sessionDocs.empty')}</p>
        ) : (
          <ul class="document-list">
            {documents.map((doc) => (
              <DocumentItem key={doc.id} doc={doc} i18n={i18n} headingLevel={3} />
            ))}
          </ul>
        ))}
      {session.status === 'signed-in' && (
        <p>
          <a class="button button-secondary" href={`/documents/upload?session=${encodeURIComponent(sessionId)}`}>
            {t('sessionDocs.upload')}
          </a>
        </p>
      )}
    </section>
  );
}
