import { useState } from 'preact/hooks';
import { useI18n } from '../app/i18n.ts';
import { useAlternateLink, usePageMeta } from '../app/page-meta.ts';
import { read, readAhead } from '../app/read-ahead.ts';
import { useSession } from '../app/session.ts';
import { loadThemes, themeName, themeOptions, useThemes } from '../app/themes.ts';
import { useLoad } from '../app/use-load.ts';
import { sessionsApi } from '../sessions/sessions-api.ts';
import { filtersAddress, goToFilters, useAddressQuery } from '../ui/address-filters.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { ErrorNotice, Loading } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PagedList, usePagedList } from '../ui/paged-list.tsx';
import { OutcomeCard, outcomesMessages } from './outcome-bits.tsx';
import { outcomeWordsMessages } from './outcome-words.ts';
import { type CatalogQuery, openData, outcomesApi } from './outcomes-api.ts';

export const messages = [outcomesMessages, outcomeWordsMessages];

interface Search {
  q: string;
  theme: string;
  year: string;
}

const addressOf = ({ q, theme, year }: Search) => filtersAddress('/outcomes', { q, theme, year });

const searchOf = (params: URLSearchParams): Search => ({
  q: params.get('q') ?? '',
  theme: params.get('theme') ?? '',
  year: /^\d{4}$/.test(params.get('year') ?? '') ? (params.get('year') as string) : '',
});

const pageSize = 20;

const queryOf = (search: Search): CatalogQuery => ({
  q: search.q.trim() || undefined,
  theme: search.theme || undefined,
  year: search.year ? Number(search.year) : undefined,
  limit: pageSize,
});

/** The catalog's first page for a search, and its years: what the page reads first. */
const firstPageRead = (search: Search) =>
  read(`catalog ${addressOf(search)}`, () => outcomesApi.catalog(queryOf(search)));
const yearsRead = read('catalog years', () => outcomesApi.years());

export const firstReads = (_params: unknown, address: URLSearchParams) =>
  Promise.all([readAhead(firstPageRead(searchOf(address))), readAhead(yearsRead), loadThemes()]);

export default function OutcomesPage() {
  const { t } = useI18n();
  const session = useSession();
  const search = searchOf(useAddressQuery());
  usePageMeta(t('catalog.metaDescription'), '/outcomes');
  useAlternateLink(openData.feed, 'application/atom+xml', t('catalog.feed'));

  return (
    <>
      <PageHeading title={t('outcomes.title')}>{t('outcomes.title')}</PageHeading>
      <p class="prose">{t('catalog.intro')}</p>
      <SearchForm search={search} />
      {/* Read again once a member turns out signed in: they see more than the public copy. */}
      <Results key={`${addressOf(search)} ${session.status === 'signed-in'}`} search={search} />
      {session.status === 'signed-in' && session.me.role === 'secretariat' && <AwaitingOutcomes />}
      <section aria-labelledby="open-data-heading">
        <h2 id="open-data-heading">{t('catalog.openData')}</h2>
        <p>{t('catalog.openDataIntro')}</p>
        <ul class="link-list">
          <li>
            <a href={openData.feed} type="application/atom+xml">
              {t('catalog.feed')}
            </a>
          </li>
          <li>
            <a href={openData.csv} type="text/csv">
              {t('catalog.csv')}
            </a>
          </li>
          <li>
            <a href={openData.json} type="application/json">
              {t('catalog.json')}
            </a>
          </li>
          <li>
            <a href="/follow">{t('catalog.follow')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}

/**
 * The years with outcomes the reader may see, newest first, and the chosen one whatever it is (a
 * linked search keeps showing what it searched for).
 */
function yearOptions(years: number[], chosen: string): string[] {
  const offered = years.map(String);
  return chosen && !offered.includes(chosen) ? [chosen, ...offered].sort().reverse() : offered;
}

function SearchForm({ search }: { search: Search }) {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const session = useSession();
  const [chosen, setChosen] = useState(search);
  // Asked again once a member turns out signed in: members-only outcomes have years too.
  const [years] = useLoad(yearsRead, [session.status === 'signed-in']);
  return (
    <search aria-label={t('catalog.search')}>
      <form class="search-form" onSubmit={goToFilters(addressOf(chosen))}>
        <TextField
          id="catalog-q"
          name="q"
          type="search"
          label={t('catalog.words')}
          hint={t('catalog.wordsHint')}
          maxLength={200}
          value={chosen.q}
          onValue={(q) => setChosen({ ...chosen, q })}
        />
        <SelectField
          id="catalog-theme"
          name="theme"
          label={t('outcome.theme')}
          options={[{ value: '', label: t('catalog.allThemes') }, ...themeOptions(themes, i18n)]}
          value={chosen.theme}
          onValue={(theme) => setChosen({ ...chosen, theme })}
        />
        <SelectField
          id="catalog-year"
          name="year"
          label={t('catalog.year')}
          options={[
            { value: '', label: t('catalog.allYears') },
            ...yearOptions(years.state === 'done' ? years.value : [], search.year).map((year) => ({
              value: year,
              label: year,
            })),
          ]}
          value={chosen.year}
          onValue={(year) => setChosen({ ...chosen, year })}
        />
        <div class="search-submit">
          <button type="submit" class="button">
            {t('catalog.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}

function Results({ search }: { search: Search }) {
  const i18n = useI18n();
  const { t, tPlural } = i18n;
  const themes = useThemes();
  const query = queryOf(search);
  const list = usePagedList(
    (cursor) => outcomesApi.catalog({ ...query, cursor }),
    (entry) => entry.sessionId,
    undefined,
    firstPageRead(search),
  );

  return (
    <PagedList
      list={list}
      empty={t('catalog.empty')}
      counted={(n) => tPlural('catalog.count', n)}
      loadMore={t('catalog.loadMore')}
    >
      {(items) => (
        <ul class="outcome-list">
          {items.map((entry) => (
            <OutcomeCard
              key={entry.sessionId}
              entry={entry}
              i18n={i18n}
              themeName={themeName(themes, entry.theme, i18n)}
            />
          ))}
        </ul>
      )}
    </PagedList>
  );
}

/** For the secretariat: held sessions whose outcomes are still to be written or published. */
function AwaitingOutcomes() {
  const i18n = useI18n();
  const { t, lang, formatDateTime } = i18n;
  const [held] = useLoad(() => sessionsApi.list({ status: 'held', order: 'desc', limit: 50 }));
  return (
    <section aria-labelledby="awaiting-heading" class="card no-print">
      <h2 id="awaiting-heading">{t('catalog.awaiting')}</h2>
      <p class="hint">{t('catalog.awaitingIntro')}</p>
      {held.state === 'loading' && <Loading />}
      {held.state === 'failed' && <ErrorNotice error={held.error} />}
      {held.state === 'done' &&
        (held.value.items.length === 0 ? (
          <p>{t('catalog.awaitingNone')}</p>
        ) : (
          <ul class="link-list">
            {held.value.items.map((session) => (
              <li key={session.id}>
                <a href={`/sessions/${session.id}/outcomes/edit`}>
                  {session.title[lang]} ({formatDateTime(session.startsAt)}): {t('catalog.writeOutcomes')}
                </a>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
