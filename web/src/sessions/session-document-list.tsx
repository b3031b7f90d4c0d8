import type { SharedDocument } from '#shared/schemas/document.ts';
import { useI18n } from '../app/i18n.ts';
import { read } from '../app/read-ahead.ts';
import { useSession } from '../app/session.ts';
import { useLoad } from '../app/use-load.ts';
import { DocumentItem } from '../documents/document-bits.tsx';
import { documentsApi } from '../documents/documents-api.ts';
import { ErrorNotice } from '../ui/notices.tsx';

/** The documents of a session the reader may see, as the list reads them. */
export const sessionDocumentsRead = (sessionId: string) =>
  read(`session documents ${sessionId}`, () =>
    documentsApi.list({ session: sessionId, limit: 100 }).then((page) => page.items),
  );

/** What the reader may see of a session's documents (public ones for a visitor), and for a member the way to add one. */
export function SessionDocumentList({ sessionId }: { sessionId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const [documents] = useLoad<SharedDocument[]>(sessionDocumentsRead(sessionId), [sessionId]);
  return (
    <section aria-labelledby="session-documents-heading" aria-busy={documents.state === 'loading' ? 'true' : undefined}>
      <h2 id="session-documents-heading">{t('sessionDocs.heading')}</h2>
      {documents.state === 'failed' && <ErrorNotice error={documents.error} />}
      {documents.state === 'done' &&
        (documents.value.length === 0 ? (
          <p>{t('sessionDocs.empty')}</p>
        ) : (
          <ul class="document-list">
            {documents.value.map((doc) => (
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
