import { useRef, useState } from 'preact/hooks';
import { addressees } from '#shared/constants.ts';
import type { Outcome } from '#shared/schemas/outcome.ts';
import type { SessionDetail } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { read, readAhead } from '../app/read-ahead.ts';
import { useSession } from '../app/session.ts';
import { loadThemes, themeName, useThemes } from '../app/themes.ts';
import { type DocumentDetail, documentsApi, downloadLink } from '../documents/documents-api.ts';
import { fileKind, formatBytes } from '../documents/file-facts.ts';
import { sessionsApi } from '../sessions/sessions-api.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { Notice } from '../ui/notices.tsx';
import { bakuWhen, excerpt, outcomesMessages } from './outcome-bits.tsx';
import { outcomeWordsMessages } from './outcome-words.ts';
import { outcomesApi } from './outcomes-api.ts';
import { RevisionList } from './revision-list.tsx';

export const messages = [outcomesMessages, outcomeWordsMessages];

interface Loaded {
  outcome: Outcome;
  session: SessionDetail;
  /** The linked documents, in the outcome's order; null where one can no longer be read. */
  documents: Array<{ id: string; detail: DocumentDetail | null }>;
}

async function load(sessionId: string): Promise<Loaded> {
  const [outcome, session] = await Promise.all([
    outcomesApi.get(sessionId),
    sessionsApi.get(sessionId),
    loadThemes().catch(() => undefined),
  ]);
  const documents = await Promise.all(
    outcome.documents.map(async (id) => ({ id, detail: await documentsApi.get(id).catch(() => null) })),
  );
  return { outcome, session, documents };
}

const outcomeRead = (sessionId: string) => read(`outcome ${sessionId}`, () => load(sessionId));

export const firstReads = (params: Record<string, string>) => readAhead(outcomeRead(params.id ?? ''));

export default function OutcomePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  return (
    <DetailPage
      load={outcomeRead(params.id ?? '')}
      title={t('outcome.heading')}
      titleOf={(loaded) => loaded.session.title[lang]}
      notFound={{ message: t('outcome.notFound'), backTo: '/outcomes', backLabel: t('outcome.backToList') }}
    >
      {(loaded) => <OutcomeView {...loaded} />}
    </DetailPage>
  );
}

function OutcomeView({ outcome, session, documents }: Loaded) {
  const i18n = useI18n();
  const { t, lang, formatDateTime } = i18n;
  const themes = useThemes();
  const me = useSession();
  const secretariat = me.status === 'signed-in' && me.me.role === 'secretariat';
  const path = `/outcomes/${session.id}`;
  usePageMeta(
    outcome.summary[lang]
      ? excerpt(outcome.summary[lang], 160)
      : t('outcome.metaDescription', { title: session.title[lang] }),
    path,
  );
  const publicRevisions = outcome.revisions.filter((revision) => revision.kind !== 'draft');

  return (
    <article class="outcome">
      <dl class="facts">
        <dt>{t('outcome.theme')}</dt>
        <dd>
          <a href={`/themes/${session.theme}`}>{themeName(themes, session.theme, i18n)}</a>
        </dd>
        <dt>{t('outcome.when')}</dt>
        <dd>{bakuWhen(i18n, session.startsAt)}</dd>
        {(session.venue || session.onlineUrl) && (
          <>
            <dt>{t('outcome.where')}</dt>
            <dd>{session.venue || t('outcome.online')}</dd>
          </>
        )}
        {outcome.publishedAt && (
          <>
            <dt>{t('outcome.publishedAt')}</dt>
            <dd>{formatDateTime(outcome.publishedAt)}</dd>
          </>
        )}
      </dl>
      <p class="no-print">
        <a href={`/sessions/${session.id}`}>{t('outcome.sessionPage')}</a>
      </p>
      {outcome.status === 'draft' && (
        <Notice tone="error">
          <p>{t('outcome.draftNote')}</p>
        </Notice>
      )}
      {outcome.correctedAt && (
        <Notice>
          <p>
            {t('outcome.correctedOn', { date: formatDateTime(outcome.correctedAt) })}{' '}
            <a href="#history" class="no-print">
              {t('outcome.seeHistory')}
            </a>
          </p>
        </Notice>
      )}
      <section aria-labelledby="summary-heading" class="prose">
        <h2 id="summary-heading">{t('outcome.summary')}</h2>
        {outcome.summary[lang].split(/\n+/).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
      <Recommendations outcome={outcome} i18n={i18n} />
      {documents.length > 0 && (
        <section aria-labelledby="documents-heading">
          <h2 id="documents-heading">{t('outcome.documents')}</h2>
          <ul class="link-list">
            {documents.map(({ id, detail }) => (
              <li key={id}>
                {detail && detail.currentVersion > 0 && detail.status === 'available' ? (
                  <>
                    <strong>{detail.title}</strong>{' '}
                    <a href={downloadLink(id)}>
                      {t('outcome.download')}
                      <span class="visually-hidden">: {detail.title}</span> ({fileKind(detail.fileName)},{' '}
                      {formatBytes(i18n, detail.size)})
                    </a>
                  </>
                ) : (
                  <span class="muted">{t('outcome.documentGone')}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcome.attendance && outcome.attendance.attended > 0 && (
        <section aria-labelledby="attendance-heading">
          <h2 id="attendance-heading">{t('outcome.attendance')}</h2>
          <p>
            {i18n.tPlural('outcome.attendanceFigures', outcome.attendance.attended, {
              organisations: outcome.attendance.organisations,
            })}
          </p>
        </section>
      )}
      {publicRevisions.length > 0 && (
        <section aria-labelledby="history">
          <h2 id="history" tabIndex={-1}>
            {t('outcome.history')}
          </h2>
          <RevisionList revisions={publicRevisions} />
        </section>
      )}
      <Share path={path} />
      {secretariat && (
        <p class="no-print">
          <a class="button button-secondary" href={`/sessions/${session.id}/outcomes/edit`}>
            {t('outcome.edit')}
          </a>
        </p>
      )}
    </article>
  );
}

/** Grouped by addressee, each recommendation keeping its number; one addressed to several is under each. */
function Recommendations({ outcome, i18n }: { outcome: Outcome; i18n: I18n }) {
  const { t, lang } = i18n;
  const numbered = outcome.recommendations.map((recommendation, index) => ({ ...recommendation, number: index + 1 }));
  const groups = [
    ...addressees.map((addressee) => ({
      key: addressee,
      label: t(`addressee.${addressee}`),
      items: numbered.filter((recommendation) => recommendation.addressees.includes(addressee)),
    })),
    {
      key: 'all',
      label: t('addressee.all'),
      items: numbered.filter((recommendation) => recommendation.addressees.length === 0),
    },
  ].filter((group) => group.items.length > 0);
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t('outcome.recommendations')}</h2>
      {groups.length === 0 && <p>{t('outcome.recommendationsNone')}</p>}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`addressee-${group.key}`}>
          <h3 id={`addressee-${group.key}`} class="addressee-heading">
            {group.label}
          </h3>
          <ol class="recommendations">
            {group.items.map((recommendation) => (
              <li key={recommendation.number} value={recommendation.number}>
                {recommendation.text[lang]}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/** The page's address to copy; where the clipboard is out of reach, it is selected for the reader to copy. */
function Share({ path }: { path: string }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const url = new URL(path, window.location.origin).href;

  async function copy() {
    let message = t('outcome.copied');
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      field.current?.focus();
      field.current?.select();
      message = t('outcome.copyFallback');
    }
    setNote(message);
    announce(message);
  }

  return (
    <section aria-labelledby="share-heading" class="no-print">
      <h2 id="share-heading">{t('outcome.share')}</h2>
      <div class="field">
        <label for="share-url">{t('outcome.shareLink')}</label>
        <div class="share-field">
          <input
            ref={field}
            id="share-url"
            type="url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" class="button button-secondary" onClick={copy}>
            {t('outcome.copy')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => window.print()}>
            {t('outcome.print')}
          </button>
        </div>
        {note && <p class="hint">{note}</p>}
      </div>
    </section>
  );
}
