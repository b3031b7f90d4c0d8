import { useState } from 'preact/hooks';
import { recommendationStatuses } from '#shared/constants.ts';
import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import { useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useLoad } from '../app/use-load.ts';
import { LoadedFrame } from '../ui/detail-page.tsx';
import { SelectField } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { outcomeWordsSource, recommendationsMessages, StatusBadge, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi, recommendationsOpenData } from './recommendations-api.ts';

export const messages = [recommendationsMessages, outcomeWordsSource];

/** The catalog of recommendations followed through, filtered by status (the first hundred). */
export default function RecommendationsPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [loaded, reload] = useLoad(
    () => recommendationsApi.list({ status: status || undefined, limit: 100 }),
    [status],
  );
  usePageMeta(t('rec.listHeading'), '/recommendations');
  return (
    <>
      <PageHeading title={t('rec.listHeading')}>{t('rec.listHeading')}</PageHeading>
      <SelectField<RecommendationStatus>
        id="status-filter"
        name="status"
        label={t('rec.filterStatus')}
        value={status}
        options={[
          { value: '', label: t('rec.allStatuses') },
          ...recommendationStatuses.map((value) => ({ value, label: statusLabel(i18n, value) })),
        ]}
        onValue={(value) => setStatus(value)}
      />
      <LoadedFrame loaded={loaded} reload={reload}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('rec.none')}</p>
          ) : (
            <ul class="link-list">
              {page.items.map((r) => (
                <li key={r.id}>
                  <a href={`/recommendations/${r.id}`}>{r.text[lang]}</a> <StatusBadge status={r.status} i18n={i18n} />
                </li>
              ))}
            </ul>
          )
        }
      </LoadedFrame>
      <p>
        <a href="/rounds">{t('rec.allRounds')}</a>
      </p>
      <p>
        <a href={recommendationsOpenData.csv}>CSV</a> · <a href={recommendationsOpenData.json}>JSON</a> ·{' '}
        <a href={recommendationsOpenData.feed}>Atom</a>
      </p>
    </>
  );
}
