import type { RecommendationChange, RecommendationDetail } from '#shared/schemas/recommendation.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { themeName, useThemes } from '../app/themes.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { Notice } from '../ui/notices.tsx';
import { outcomeWordsSource, recommendationsMessages, StatusBadge, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi } from './recommendations-api.ts';

export const messages = [recommendationsMessages, outcomeWordsSource];

export default function RecommendationPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <DetailPage
      load={() => recommendationsApi.get(params.id ?? '')}
      title={t('round.backToList')}
      titleOf={(loaded) => t('rec.heading', { number: loaded.number })}
      notFound={{ message: t('rec.notFound'), backTo: '/recommendations', backLabel: t('rec.backToList') }}
    >
      {(loaded) => <RecommendationView recommendation={loaded} />}
    </DetailPage>
  );
}

/** A text in the reader's language, or in the other one (marked as such) where only that was written. */
export function InLanguage({ text, i18n }: { text: { az: string; en: string }; i18n: I18n }) {
  const { lang, t } = i18n;
  if (text[lang]) return <p>{text[lang]}</p>;
  const other = lang === 'az' ? 'en' : 'az';
  if (!text[other]) return null;
  return (
    <p>
      <span class="muted">{t('rec.otherLanguage')}</span> <span lang={other}>{text[other]}</span>
    </p>
  );
}

function ChangeItem({ change, i18n }: { change: RecommendationChange; i18n: I18n }) {
  const { t, formatDateTime } = i18n;
  return (
    <li>
      <p>
        <time dateTime={change.at}>{formatDateTime(change.at)}</time> —{' '}
        <strong>
          {change.kind === 'report-accepted'
            ? t('rec.change.report-accepted', { organisation: change.organisation ?? '' })
            : t('rec.change.assessment')}
        </strong>
        {': '}
        {t('rec.change.fromTo', { from: statusLabel(i18n, change.from), to: statusLabel(i18n, change.status) })}
      </p>
      <InLanguage text={change.text} i18n={i18n} />
      {change.documents.length > 0 && (
        <p>
          {t('rec.evidence')}:{' '}
          {change.documents.map((id, index) => (
            <a key={id} href={`/documents/${id}`} class="evidence-link">
              {t('rec.document', { number: index + 1 })}
              {index < change.documents.length - 1 ? ', ' : ''}
            </a>
          ))}
        </p>
      )}
    </li>
  );
}

function RecommendationView({ recommendation }: { recommendation: RecommendationDetail }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const themes = useThemes();
  const session = useSession();
  const secretariat = session.status === 'signed-in' && session.me.role === 'secretariat';
  usePageMeta(recommendation.text[lang].slice(0, 160), `/recommendations/${recommendation.id}`);
  return (
    <article class="recommendation">
      <p class="lead">{recommendation.text[lang]}</p>
      {recommendation.withdrawn && (
        <Notice>
          <p>{t('rec.withdrawn')}</p>
        </Notice>
      )}
      <dl class="facts">
        <dt>{t('rec.status')}</dt>
        <dd>
          <StatusBadge status={recommendation.status} i18n={i18n} />
        </dd>
        <dt>{t('rec.addressees')}</dt>
        <dd>{recommendation.addressees.map((a) => t(`addressee.${a}`)).join('; ') || t('addressee.all')}</dd>
        <dt>{t('rec.session')}</dt>
        <dd>
          <a href={`/outcomes/${recommendation.sessionId}`}>
            {t('rec.sessionOutcomes', { title: recommendation.sessionTitle[lang] })}
          </a>{' '}
          (<a href={`/themes/${recommendation.theme}`}>{themeName(themes, recommendation.theme, i18n)}</a>)
        </dd>
      </dl>
      {secretariat && !recommendation.withdrawn && (
        <p class="no-print">
          <a href={`/rounds/new?recommendations=${encodeURIComponent(recommendation.id)}`}>{t('rec.askInRound')}</a>
        </p>
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('rec.history')}</h2>
        {recommendation.history.length === 0 ? (
          <p>{t('rec.historyNone')}</p>
        ) : (
          <ol class="history">
            {recommendation.history.map((change) => (
              <ChangeItem key={change.id} change={change} i18n={i18n} />
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
