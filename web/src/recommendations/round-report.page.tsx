import { useState } from 'preact/hooks';
import { recommendationStatuses } from '#shared/recommendation-constants.ts';
import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import type { ProgressReport, Round, RoundRecommendation } from '#shared/schemas/round.ts';
import { announce } from '../app/announcer.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { useSession } from '../app/session.ts';
import { documentsApi } from '../documents/documents-api.ts';
import { DetailPage } from '../ui/detail-page.tsx';
import { SelectField, TextAreaField } from '../ui/fields.tsx';
import { ErrorNotice, Notice, SignInNeeded } from '../ui/notices.tsx';
import { outcomeWordsSource, recommendationsMessages, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi } from './recommendations-api.ts';

export const messages = [recommendationsMessages, outcomeWordsSource];

interface Loaded {
  round: Round;
  reports: ProgressReport[];
  documents: Array<{ id: string; title: string }>;
}

async function load(id: string): Promise<Loaded> {
  const [round, reports, documents] = await Promise.all([
    recommendationsApi.round(id),
    recommendationsApi.reports(id),
    documentsApi.list({ mine: true, limit: 100 }),
  ]);
  return {
    round,
    reports: reports.items,
    documents: documents.items.filter((d) => d.status === 'available').map((d) => ({ id: d.id, title: d.title })),
  };
}

/** A member's progress reports for a round: one form per recommendation addressed to their organisation. */
export default function RoundReportPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const me = useSession();
  if (me.status === 'loading') return null;
  if (me.status !== 'signed-in') return <SignInNeeded />;
  return (
    <DetailPage
      load={() => load(params.id ?? '')}
      title={t('round.reportHeading')}
      notFound={{ message: t('round.notFound'), backTo: '/recommendations', backLabel: t('round.backToList') }}
    >
      {(loaded) => <ReportForms {...loaded} organisation={me.me.organisation} />}
    </DetailPage>
  );
}

const fold = (name: string) => name.trim().toLocaleLowerCase('az').replace(/\s+/g, ' ');

function ReportForms({ round, reports, documents, organisation }: Loaded & { organisation: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const mine = round.addressees.find((a) => fold(a.organisation) === fold(organisation));
  const asked = round.recommendations.filter((r) => mine?.recommendations.includes(r.id));
  return (
    <>
      <p>
        <a href={`/rounds/${round.id}`}>{round.name[lang]}</a>
      </p>
      {asked.length === 0 ? (
        <p>{t('round.reportNothing')}</p>
      ) : (
        <>
          <p>{t('round.reportIntro', { organisation: mine?.organisation ?? organisation })}</p>
          {asked.map((recommendation) => (
            <ReportForm
              key={recommendation.id}
              round={round}
              recommendation={recommendation}
              report={reports.find((r) => r.recommendationId === recommendation.id)}
              documents={documents}
              i18n={i18n}
            />
          ))}
        </>
      )}
    </>
  );
}

function ReportForm({
  round,
  recommendation,
  report,
  documents,
  i18n,
}: {
  round: Round;
  recommendation: RoundRecommendation;
  report: ProgressReport | undefined;
  documents: Loaded['documents'];
  i18n: I18n;
}) {
  const { t, lang } = i18n;
  const [text, setText] = useState(report?.text ?? { az: '', en: '' });
  const [status, setStatus] = useState<RecommendationStatus | ''>(report?.status ?? recommendation.statusAtOpening);
  const [chosen, setChosen] = useState<string[]>(report?.documents ?? []);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = `report-${recommendation.number}`;
  async function submit(event: Event) {
    event.preventDefault();
    setError(null);
    try {
      await recommendationsApi.report(round.id, recommendation.id, {
        text,
        status: status || 'in-progress',
        documents: chosen,
      });
      setSent(true);
      announce(t('round.reportSent'));
    } catch (caught) {
      setError(caught);
    }
  }
  const headingId = `${id}-heading`;
  return (
    <form class="report-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>
        {recommendation.number}. {recommendation.text[lang]}
      </h2>
      {report?.review ? (
        <Notice>
          <p>{t('round.reportReviewed', { status: statusLabel(i18n, report.review.status) })}</p>
        </Notice>
      ) : (
        <>
          <TextAreaField
            id={`${id}-az`}
            name="text-az"
            label={t('round.reportTextAz')}
            value={text.az}
            onValue={(az) => setText({ ...text, az })}
            maxLength={5000}
          />
          <TextAreaField
            id={`${id}-en`}
            name="text-en"
            label={t('round.reportTextEn')}
            value={text.en}
            onValue={(en) => setText({ ...text, en })}
            maxLength={5000}
          />
          <SelectField<RecommendationStatus>
            id={`${id}-status`}
            name="status"
            label={t('round.reportStatus')}
            value={status}
            options={recommendationStatuses.map((value) => ({ value, label: statusLabel(i18n, value) }))}
            onValue={(value) => setStatus(value)}
          />
          <fieldset>
            <legend>{t('round.reportDocuments')}</legend>
            <p class="hint">{t('round.reportDocumentsHint')}</p>
            {documents.map((document) => (
              <div key={document.id} class="checkbox">
                <input
                  type="checkbox"
                  id={`${id}-doc-${document.id}`}
                  checked={chosen.includes(document.id)}
                  onChange={(event) =>
                    setChosen(
                      event.currentTarget.checked
                        ? [...chosen, document.id]
                        : chosen.filter((other) => other !== document.id),
                    )
                  }
                />
                <label for={`${id}-doc-${document.id}`}>{document.title}</label>
              </div>
            ))}
          </fieldset>
          {error ? <ErrorNotice error={error} /> : null}
          {sent && (
            <Notice tone="success">
              <p>{t('round.reportSent')}</p>
            </Notice>
          )}
          <button type="submit" class="button">
            {t('round.reportSubmit')}
          </button>
        </>
      )}
    </form>
  );
}
