import { useState } from 'preact/hooks';
import { recommendationStatuses } from '#shared/recommendation-constants.ts';
import type { RecommendationStatus } from '#shared/schemas/recommendation.ts';
import { useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { themeOptions, useThemes } from '../app/themes.ts';
import { filtersAddress, goToFilters, useAddressQuery } from '../ui/address-filters.ts';
import { SelectField } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PagedList, usePagedList } from '../ui/paged-list.tsx';
import { outcomeWordsSource, recommendationsMessages, StatusBadge, statusLabel } from './recommendation-bits.tsx';
import { recommendationsApi, recommendationsOpenData } from './recommendations-api.ts';

export const messages = [recommendationsMessages, outcomeWordsSource];

interface Filters {
  status: RecommendationStatus | '';
  theme: string;
}

const isStatus = (value: string | null): value is RecommendationStatus =>
  (recommendationStatuses as readonly (string | null)[]).includes(value);

const addressOf = ({ status, theme }: Filters) => filtersAddress('/recommendations', { status, theme });

/** The catalog of recommendations followed through, by status and theme, a page at a time. */
export default function RecommendationsPage() {
  const { t } = useI18n();
  const session = useSession();
  const params = useAddressQuery();
  const status = params.get('status');
  const filters: Filters = { status: isStatus(status) ? status : '', theme: params.get('theme') ?? '' };
  usePageMeta(t('rec.listHeading'), '/recommendations');
  return (
    <>
      <PageHeading title={t('rec.listHeading')}>{t('rec.listHeading')}</PageHeading>
      <FilterForm filters={filters} />
      {/* Read again once a member turns out signed in: they also see members-only recommendations. */}
      <Results key={`${addressOf(filters)} ${session.status === 'signed-in'}`} filters={filters} />
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

function FilterForm({ filters }: { filters: Filters }) {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const [chosen, setChosen] = useState(filters);
  return (
    <search aria-label={t('rec.filters')}>
      <form class="search-form" onSubmit={goToFilters(addressOf(chosen))}>
        <SelectField<RecommendationStatus>
          id="status-filter"
          name="status"
          label={t('rec.filterStatus')}
          value={chosen.status}
          options={[
            { value: '', label: t('rec.allStatuses') },
            ...recommendationStatuses.map((value) => ({ value, label: statusLabel(i18n, value) })),
          ]}
          onValue={(status) => setChosen({ ...chosen, status })}
        />
        <SelectField
          id="theme-filter"
          name="theme"
          label={t('rec.filterTheme')}
          value={chosen.theme}
          options={[{ value: '', label: t('rec.allThemes') }, ...themeOptions(themes, i18n)]}
          onValue={(theme) => setChosen({ ...chosen, theme })}
        />
        <div class="search-submit">
          <button type="submit" class="button">
            {t('rec.filter')}
          </button>
        </div>
      </form>
    </search>
  );
}

const pageSize = 20;

function Results({ filters }: { filters: Filters }) {
  const i18n = useI18n();
  const { t, tPlural, lang } = i18n;
  const list = usePagedList(
    (cursor) =>
      recommendationsApi.list({
        status: filters.status || undefined,
        theme: filters.theme || undefined,
        limit: pageSize,
        cursor,
      }),
    (recommendation) => recommendation.id,
  );
  return (
    <PagedList list={list} empty={t('rec.none')} counted={(n) => tPlural('rec.count', n)} loadMore={t('rec.loadMore')}>
      {(items) => (
        <ul class="link-list">
          {items.map((r) => (
            <li key={r.id}>
              <a href={`/recommendations/${r.id}`}>{r.text[lang]}</a> <StatusBadge status={r.status} i18n={i18n} />
            </li>
          ))}
        </ul>
      )}
    </PagedList>
  );
}
