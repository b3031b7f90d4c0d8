import { useState } from 'preact/hooks';
import { recommendationStatuses } from '#shared/recommendation-constants.ts';
import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import type { ProgressReport, Round } from '#shared/schemas/round.ts';
import { announce } from '../app/announcer.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { useThemes } from '../app/themes.ts';
import { useLoad } from '../app/use-load.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { SelectField, TextAreaField } from '../ui/fields.tsx';
import { ErrorNotice } from '../ui/notices.tsx';
import { InLanguage } from './recommendation.page.tsx';
import { outcomeWordsSource, recommendationsMessages, StatusBadge, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi } from './recommendations-api.ts';
import { RoundCharts } from './round-charts.tsx';

export const messages = [recommendationsMessages, outcomeWordsSource];

export default function RoundPage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const [version, setVersion] = useState(0);
  return (
    <DetailPage
      key={version}
      load={() => recommendationsApi.round(params.id ?? '')}
      title={t('round.heading')}
      titleOf={(round) => round.name[lang]}
      notFound={{ message: t('round.notFound'), backTo: '/recommendations', backLabel: t('round.backToList') }}
    >
      {(round) => <RoundView round={round} onChanged={() => setVersion((n) => n + 1)} />}
    </DetailPage>
  );
}

function RoundView({ round, onChanged }: { round: Round; onChanged: () => void }) {
  const i18n = useI18n();
  const { t, lang, formatDateTime } = i18n;
  const themes = useThemes();
  const me = useSession();
  const secretariat = me.status === 'signed-in' && me.me.role === 'secretariat';
  const member = me.status === 'signed-in' && me.me.role === 'member';
  usePageMeta(round.name[lang], `/rounds/${round.id}`);
  const byId = new Map(round.recommendations.map((r) => [r.id, r]));
  return (
    <article class="round">
      <dl class="facts">
        <dt>{t('round.deadline')}</dt>
        <dd>{formatDateTime(round.deadline)}</dd>
        <dt>{t('round.state')}</dt>
        <dd>{t(`round.state.${round.status}`)}</dd>
      </dl>
      <p class="no-print">
        {member && round.status === 'open' && (
          <a class="button" href={`/rounds/${round.id}/report`}>
            {t('round.sendReport')}
          </a>
        )}{' '}
        {round.status === 'closed' && <a href={`/rounds/${round.id}/print`}>{t('round.print')}</a>}
      </p>
      <section aria-labelledby="asked-heading">
        <h2 id="asked-heading">{t('round.asked')}</h2>
        <ol class="recommendations">
          {round.recommendations.map((r) => (
            <li key={r.id}>
              <a href={`/recommendations/${r.id}`}>{r.text[lang]}</a>{' '}
              <span class="muted">({r.addressees.map((a) => t(`addressee.${a}`)).join('; ')})</span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="answered-heading">
        <h2 id="answered-heading">{t('round.answered')}</h2>
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('round.organisation')}</th>
              <th scope="col">{t('round.recommendationsAsked')}</th>
              <th scope="col">{t('round.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {round.addressees.map((addressee) => (
              <tr key={addressee.organisation}>
                <th scope="row">{addressee.organisation}</th>
                <td>{addressee.recommendations.map((id) => byId.get(id)?.number ?? '').join(', ')}</td>
                <td>{addressee.answered ? `✓ ${t('round.yes')}` : `— ${t('round.no')}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {round.results ? (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{t('round.changes')}</h2>
          {round.results.changes.length === 0 ? (
            <p>{t('round.changesNone')}</p>
          ) : (
            <ul class="changes">
              {round.results.changes.map((change) => (
                <li key={change.recommendationId}>
                  <a href={`/recommendations/${change.recommendationId}`}>
                    {byId.get(change.recommendationId)?.text[lang]}
                  </a>
                  {': '}
                  {t('rec.change.fromTo', { from: statusLabel(i18n, change.from), to: statusLabel(i18n, change.to) })}
                </li>
              ))}
            </ul>
          )}
          <RoundCharts results={round.results} i18n={i18n} themes={themes} />
        </section>
      ) : (
        <p>{t('round.resultsLater')}</p>
      )}
      {secretariat && round.status === 'open' && <SecretariatReview round={round} onChanged={onChanged} />}
    </article>
  );
}

function SecretariatReview({ round, onChanged }: { round: Round; onChanged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [loaded, reload] = useLoad(() => recommendationsApi.reports(round.id), [round.id]);
  const [error, setError] = useState<unknown>(null);
  async function close() {
    try {
      await recommendationsApi.close(round.id);
      announce(t('round.closed'));
      onChanged();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <section aria-labelledby="reviews-heading" class="no-print">
      <h2 id="reviews-heading">{t('round.reviews')}</h2>
      {loaded.state === 'done' &&
        (loaded.value.items.length === 0 ? (
          <p>{t('round.reviewsNone')}</p>
        ) : (
          <ul class="link-list">
            {loaded.value.items.map((report) => (
              <ReviewItem key={report.id} report={report} i18n={i18n} onReviewed={reload} />
            ))}
          </ul>
        ))}
      {error ? <ErrorNotice error={error} /> : null}
      <p>
        <button type="button" class="button" onClick={close}>
          {t('round.close')}
        </button>
      </p>
    </section>
  );
}

function ReviewItem({ report, i18n, onReviewed }: { report: ProgressReport; i18n: I18n; onReviewed: () => void }) {
  const { t } = i18n;
  const [status, setStatus] = useState<RecommendationStatus | ''>(report.status);
  const [reason, setReason] = useState({ az: '', en: '' });
  const [error, setError] = useState<unknown>(null);
  const fieldId = `review-${report.id}`;
  async function decide(decision: 'accept' | 'assess') {
    try {
      await recommendationsApi.review(
        report.roundId,
        report.id,
        decision === 'accept' ? { decision } : { decision, status: status || report.status, reason },
      );
      announce(t('round.reviewed', { status: statusLabel(i18n, status || report.status) }));
      onReviewed();
    } catch (caught) {
      setError(caught);
    }
  }
  return (
    <li class="report-form">
      <p>
        <a href={`/recommendations/${report.recommendationId}`}>{report.recommendationId}</a> — {report.organisation}:{' '}
        <StatusBadge status={report.status} i18n={i18n} />
      </p>
      <InLanguage text={report.text} i18n={i18n} />
      {report.review ? (
        <p>{t('round.reviewed', { status: statusLabel(i18n, report.review.status) })}</p>
      ) : (
        <>
          <button type="button" class="button" onClick={() => decide('accept')}>
            {t('round.accept')}
          </button>
          <details>
            <summary>{t('round.assess')}</summary>
            <SelectField<RecommendationStatus>
              id={`${fieldId}-status`}
              name="status"
              label={t('round.assessStatus')}
              value={status}
              options={recommendationStatuses.map((value) => ({ value, label: statusLabel(i18n, value) }))}
              onValue={(value) => setStatus(value)}
            />
            <TextAreaField
              id={`${fieldId}-az`}
              name="reason-az"
              label={t('round.reasonAz')}
              value={reason.az}
              onValue={(az) => setReason({ ...reason, az })}
            />
            <TextAreaField
              id={`${fieldId}-en`}
              name="reason-en"
              label={t('round.reasonEn')}
              value={reason.en}
              onValue={(en) => setReason({ ...reason, en })}
            />
            <button type="button" class="button button-secondary" onClick={() => decide('assess')}>
              {t('round.assessSubmit')}
            </button>
          </details>
        </>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </li>
  );
}
