import type { SharedDocument } from '#shared/schemas/document.ts';
import type { I18n } from '../app/i18n.ts';
import { downloadLink } from './documents-api.ts';
import { fileKind, formatBytes } from './file-facts.ts';
import './documents.css';

export function DocStatusBadge({ status, i18n }: { status: SharedDocument['status']; i18n: I18n }) {
  return <span class={`badge badge-doc-${status}`}>{i18n.t(`docStatus.${status}`)}</span>;
}

/** "PDF, 1.2 MB": the current file of a document. */
export const fileFacts = (i18n: I18n, doc: Pick<SharedDocument, 'fileName' | 'size'>) =>
  [fileKind(doc.fileName), formatBytes(i18n, doc.size)].filter(Boolean).join(', ');

/** One document in a list: its title (to its page), what it is, and a download link once it has a file. */
export function DocumentItem({
  doc,
  i18n,
  themeName,
  headingLevel = 2,
}: {
  doc: SharedDocument;
  i18n: I18n;
  themeName?: string | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, formatDateTime } = i18n;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card document-card">
      <Heading class="card-title">
        <a href={`/documents/${doc.id}`}>{doc.title}</a>
      </Heading>
      {doc.description && <p class="document-description">{doc.description}</p>}
      <p class="muted">
        {fileFacts(i18n, doc)} · {t(`docLanguage.${doc.language}`)}
        {themeName && <> · {themeName}</>}
        {doc.visibility === 'members' && <span class="tag">{t('documents.membersOnly')}</span>}{' '}
        {doc.status !== 'available' && <DocStatusBadge status={doc.status} i18n={i18n} />}
      </p>
      <p class="muted">{t('documents.uploaded', { name: doc.uploaderName, date: formatDateTime(doc.createdAt) })}</p>
      {doc.currentVersion > 0 && doc.status === 'available' && (
        <p>
          <a href={downloadLink(doc.id)}>
            {t('documents.download')}
            <span class="visually-hidden">: {doc.title}</span> <span class="muted">({fileFacts(i18n, doc)})</span>
          </a>
        </p>
      )}
    </li>
  );
}
