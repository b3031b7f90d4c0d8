import { useState } from 'preact/hooks';
import type { SharedDocument } from '#shared/schemas/document.ts';
import { useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { themeName, themeOptions, useThemes } from '../app/themes.ts';
import { filtersAddress, goToFilters, useAddressQuery } from '../ui/address-filters.ts';
import { SelectField } from '../ui/fields.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PagedList, usePagedList } from '../ui/paged-list.tsx';
import { DocumentItem } from './document-bits.tsx';
import { type DocumentQuery, documentsApi } from './documents-api.ts';
import { documentsMessages } from './documents-messages.ts';
import { sessionOptions, useSessionChoices } from './session-options.ts';

export const messages = [documentsMessages];

interface Filter {
  theme: string;
  session: string;
  mine: boolean;
}

const addressOf = ({ theme, session, mine }: Filter) => filtersAddress('/documents', { theme, session, mine });

export default function DocumentsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const params = useAddressQuery();
  const filter: Filter = {
    theme: params.get('theme') ?? '',
    session: params.get('session') ?? '',
    mine: signedIn && params.get('mine') === '1',
  };
  usePageMeta(t('documents.metaDescription'), '/documents');

  return (
    <>
      <PageHeading title={t('documents.title')}>{t('documents.title')}</PageHeading>
      <p class="prose">{t('documents.intro')}</p>
      {signedIn ? (
        <p>
          <a class="button" href={filter.session ? `/documents/upload?session=${filter.session}` : '/documents/upload'}>
            {t('documents.upload')}
          </a>
        </p>
      ) : (
        session.status === 'anonymous' && (
          <p>
            <a href="/sign-in">{t('documents.signInForMore')}</a>
          </p>
        )
      )}
      <Filters filter={filter} signedIn={signedIn} />
      {session.status !== 'loading' && <DocumentList key={addressOf(filter)} filter={filter} />}
    </>
  );
}

function Filters({ filter, signedIn }: { filter: Filter; signedIn: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const sessions = useSessionChoices();
  const [chosen, setChosen] = useState(filter);
  return (
    <search aria-label={t('documents.filter')}>
      <form class="search-form" onSubmit={goToFilters(addressOf(chosen))}>
        <SelectField
          id="documents-theme"
          name="theme"
          label={t('docField.theme')}
          options={[{ value: '', label: t('documents.allThemes') }, ...themeOptions(themes, i18n)]}
          value={chosen.theme}
          onValue={(theme) => setChosen({ ...chosen, theme })}
        />
        <SelectField
          id="documents-session"
          name="session"
          label={t('docField.session')}
          options={[{ value: '', label: t('documents.allSessions') }, ...sessionOptions(sessions, i18n)]}
          value={chosen.session}
          onValue={(session) => setChosen({ ...chosen, session })}
        />
        {signedIn && (
          <div class="search-check">
            <label class="choice">
              <input
                type="checkbox"
                name="mine"
                checked={chosen.mine}
                onChange={(event) => setChosen({ ...chosen, mine: event.currentTarget.checked })}
              />
              {t('documents.mine')}
            </label>
          </div>
        )}
        <div class="search-submit">
          <button type="submit" class="button">
            {t('documents.filterSubmit')}
          </button>
        </div>
      </form>
    </search>
  );
}

const pageSize = 25;

/**
 * The API lists by one thing at a time (mine, a session or a theme); a second choice is applied
 * here, to each page as it comes.
 */
function DocumentList({ filter }: { filter: Filter }) {
  const i18n = useI18n();
  const { t, tPlural } = i18n;
  const themes = useThemes();
  const query: DocumentQuery = filter.mine
    ? { mine: true }
    : filter.session
      ? { session: filter.session }
      : filter.theme
        ? { theme: filter.theme }
        : {};
  const fits = (doc: SharedDocument) =>
    (!filter.theme || doc.theme === filter.theme) && (!filter.session || doc.session === filter.session);

  const list = usePagedList(
    (cursor) => documentsApi.list({ ...query, limit: pageSize, cursor }),
    (doc) => doc.id,
    fits,
  );

  return (
    <PagedList
      list={list}
      empty={t('documents.empty')}
      counted={(n) => tPlural('documents.count', n)}
      loadMore={t('documents.loadMore')}
    >
      {(items) => (
        <ul class="document-list">
          {items.map((doc) => (
            <DocumentItem
              key={doc.id}
              doc={doc}
              i18n={i18n}
              themeName={doc.theme ? themeName(themes, doc.theme, i18n) : undefined}
            />
          ))}
        </ul>
      )}
    </PagedList>
  );
}
