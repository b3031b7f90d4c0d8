import { useEffect, useState } from 'preact/hooks';
import { type I18n, useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { themeName, useThemes } from '../app/themes.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { ErrorNotice, Loading, Notice } from '../ui/notices.tsx';
import { DocStatusBadge, fileFacts } from './document-bits.tsx';
import type { DocumentEditor } from './document-editor.tsx';
import { documentPageMessages } from './document-page-messages.ts';
import { type DocumentDetail, documentsApi, downloadLink } from './documents-api.ts';
import { documentsMessages } from './documents-messages.ts';
import { formatBytes, rejectedReasonText } from './file-facts.ts';
import { sessionTitle, useSessionChoices } from './session-options.ts';

export const messages = [documentsMessages, documentPageMessages];

export default function DocumentPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  // The title as last saved on this page (it may be edited here).
  const [title, setTitle] = useState<string | null>(null);
  return (
    <DetailPage
      load={() => documentsApi.get(params.id ?? '')}
      title={t('document.heading')}
      titleOf={(doc) => title ?? doc.title}
      notFound={{ message: t('document.notFound'), backTo: '/documents', backLabel: t('document.backToList') }}
    >
      {(doc) => <DocumentView initial={doc} onTitle={setTitle} />}
    </DetailPage>
  );
}

function DocumentView({ initial, onTitle }: { initial: DocumentDetail; onTitle(title: string): void }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const session = useSession();
  const themes = useThemes();
  const sessions = useSessionChoices();
  const [doc, setDocument] = useState(initial);
  const setDoc = (next: DocumentDetail) => {
    setDocument(next);
    onTitle(next.title);
  };
  const refresh = async () => setDoc(await documentsApi.get(doc.id));
  const me = session.status === 'signed-in' ? session.me : null;
  const editor = me !== null && (me.id === doc.uploaderId || me.role === 'secretariat') && doc.status !== 'withdrawn';
  const versions = [...doc.versions].sort((a, b) => b.number - a.number);
  usePageMeta(doc.description || doc.title, `/documents/${doc.id}`);

  return (
    <>
      {doc.status === 'withdrawn' && (
        <Notice tone="error">
          <p>{t('document.withdrawnNote')}</p>
        </Notice>
      )}
      {doc.description && (
        <div class="prose">
          {doc.description.split(/\n+/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      )}
      <dl class="facts">
        {doc.status !== 'available' && (
          <>
            <dt>{t('document.status')}</dt>
            <dd>
              <DocStatusBadge status={doc.status} i18n={i18n} />
            </dd>
          </>
        )}
        <dt>{t('document.file')}</dt>
        <dd>{doc.currentVersion > 0 ? `${doc.fileName} (${fileFacts(i18n, doc)})` : t('document.noFileYet')}</dd>
        <dt>{t('docField.language')}</dt>
        <dd>{t(`docLanguage.${doc.language}`)}</dd>
        {doc.theme && (
          <>
            <dt>{t('docField.theme')}</dt>
            <dd>
              <a href={`/themes/${doc.theme}`}>{themeName(themes, doc.theme, i18n)}</a>
            </dd>
          </>
        )}
        {doc.session && (
          <>
            <dt>{t('docField.session')}</dt>
            <dd>
              <a href={`/sessions/${doc.session}`}>
                {sessionTitle(sessions, doc.session, i18n) ?? t('docField.session')}
              </a>
            </dd>
          </>
        )}
        <dt>{t('docField.visibility')}</dt>
        <dd>{t(`docVisibility.${doc.visibility}`)}</dd>
        <dt>{t('document.uploader')}</dt>
        <dd>{doc.uploaderName}</dd>
        <dt>{t('document.createdAt')}</dt>
        <dd>{formatDateTime(doc.createdAt)}</dd>
        <dt>{t('document.updatedAt')}</dt>
        <dd>{formatDateTime(doc.updatedAt, { time: true })}</dd>
      </dl>
      {doc.currentVersion > 0 && doc.status !== 'withdrawn' && (
        <p>
          <a class="button" href={downloadLink(doc.id)}>
            {t('document.downloadCurrent')}
            <span class="visually-hidden">: {doc.fileName}</span>&nbsp;({fileFacts(i18n, doc)})
          </a>
        </p>
      )}
      <Versions doc={doc} versions={versions} i18n={i18n} />
      {editor && me && <EditorTools doc={doc} me={me} onChange={setDoc} onRefresh={refresh} />}
    </>
  );
}

function Versions({ doc, versions, i18n }: { doc: DocumentDetail; versions: DocumentDetail['versions']; i18n: I18n }) {
  const { t, formatDateTime } = i18n;
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="versions-caption">
        <table class="data-table versions-table stack-table">
          <caption id="versions-caption">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.number')}</th>
              <th scope="col">{t('versions.fileName')}</th>
              <th scope="col">{t('versions.size')}</th>
              <th scope="col">{t('versions.uploadedAt')}</th>
              <th scope="col">{t('versions.uploader')}</th>
              <th scope="col">{t('versions.status')}</th>
              <th scope="col">{t('versions.visibility')}</th>
              <th scope="col">{t('versions.download')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <th scope="row">
                  {version.number}
                  {version.number === doc.currentVersion && <span class="muted"> ({t('versions.current')})</span>}
                </th>
                <td data-label={t('versions.fileName')}>{version.fileName}</td>
                <td data-label={t('versions.size')}>{formatBytes(i18n, version.size)}</td>
                <td data-label={t('versions.uploadedAt')}>{formatDateTime(version.uploadedAt, { time: true })}</td>
                <td data-label={t('versions.uploader')}>{version.uploaderName}</td>
                <td data-label={t('versions.status')}>
                  {t(`docStatus.${version.status}`)}
                  {version.status === 'rejected' && version.rejectedReason && (
                    <>: {rejectedReasonText(i18n, version.rejectedReason)}</>
                  )}
                </td>
                <td data-label={t('versions.visibility')}>{t(`versions.${version.visibility}`)}</td>
                <td data-label={t('versions.download')}>
                  {version.status === 'available' && doc.status !== 'withdrawn' && (
                    <a href={downloadLink(doc.id, version.number)}>
                      {t('versions.downloadVersion', { n: version.number })}
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** The uploader's and the secretariat's tools are their own chunk: readers never download them. */
function EditorTools(props: Parameters<typeof DocumentEditor>[0]) {
  const [Editor, setEditor] = useState<{ Tools: typeof DocumentEditor } | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    import('./document-editor.tsx').then(
      (module) => setEditor({ Tools: module.DocumentEditor }),
      (error: unknown) => setFailed(error),
    );
  }, []);
  if (failed) return <ErrorNotice error={failed} />;
  if (!Editor) return <Loading />;
  return <Editor.Tools {...props} />;
}
