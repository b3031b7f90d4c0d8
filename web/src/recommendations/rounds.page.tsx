import type { RoundSummary } from '#shared/schemas/round.ts';
import { type I18n, useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { PagedList, usePagedList } from '../ui/paged-list.tsx';
import { recommendationsMessages } from './recommendation-bits.tsx';
import { roundsApi } from './rounds-api.ts';

export const messages = [recommendationsMessages];

/**
 * The monitoring rounds, as GET /api/rounds gives them to the reader: closed rounds with their
 * results for everyone; open ones too for members (with a way to report where their
 * organisation is asked) and for the secretariat (with how many have answered).
 */
export default function RoundsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const me = session.status === 'signed-in' ? session.me : null;
  usePageMeta(t('rounds.heading'), '/rounds');
  return (
    <>
      <PageHeading title={t('rounds.heading')}>{t('rounds.heading')}</PageHeading>
      <p class="prose">{t('rounds.intro')}</p>
      <p class="button-row">
        {me?.role === 'secretariat' && (
          <a class="button" href="/rounds/new">
            {t('rounds.openNew')}
          </a>
        )}
        <a href="/recommendations">{t('rounds.toRecommendations')}</a>
      </p>
      {/* The list waits for the session: what it holds depends on who reads it. */}
      {session.status !== 'loading' && <RoundList key={me?.id ?? ''} signedIn={me !== null} i18n={i18n} />}
    </>
  );
}

function RoundList({ signedIn, i18n }: { signedIn: boolean; i18n: I18n }) {
  const { t } = i18n;
  const list = usePagedList(roundsApi.list, (round) => round.id);
  return (
    <PagedList
      list={list}
      empty={t('rounds.none')}
      counted={(count) => t('rounds.count', { count })}
      loadMore={t('rounds.more')}
    >
      {(rounds) => {
        const open = rounds.filter((round) => round.status === 'open');
        const closed = rounds.filter((round) => round.status === 'closed');
        return (
          <>
            {signedIn && (
              <section aria-labelledby="open-rounds-heading">
                <h2 id="open-rounds-heading">{t('rounds.open')}</h2>
                {open.length === 0 ? <p>{t('rounds.noneOpen')}</p> : <RoundItems rounds={open} i18n={i18n} />}
              </section>
            )}
            <section aria-labelledby="closed-rounds-heading">
              <h2 id="closed-rounds-heading">{t('rounds.closed')}</h2>
              {closed.length === 0 ? <p>{t('rounds.noneClosed')}</p> : <RoundItems rounds={closed} i18n={i18n} />}
            </section>
          </>
        );
      }}
    </PagedList>
  );
}

function RoundItems({ rounds, i18n }: { rounds: RoundSummary[]; i18n: I18n }) {
  const { t, lang, formatDateTime } = i18n;
  return (
    <ul class="round-list">
      {rounds.map((round) => (
        <li key={round.id} class="card">
          <h3>
            <a href={`/rounds/${round.id}`}>{round.name[lang]}</a>
          </h3>
          <p class="muted">
            {round.status === 'open'
              ? t('rounds.deadline', { date: formatDateTime(round.deadline, { time: true }) })
              : t('rounds.closedOn', { date: formatDateTime(round.closedAt ?? round.deadline) })}
            {' · '}
            {t(`round.state.${round.status}`)}
          </p>
          {round.answers && <p>{t('rounds.answers', round.answers)}</p>}
          {round.status === 'open' && round.asksYourOrganisation && (
            <p>
              {t('rounds.asksYou')}{' '}
              <a href={`/rounds/${round.id}/report`}>
                {t('round.sendReport')}
                <span class="visually-hidden">: {round.name[lang]}</span>
              </a>
            </p>
          )}
          {round.status === 'closed' && (
            <p class="button-row">
              <a href={`/rounds/${round.id}`}>
                {t('rounds.results')}
                <span class="visually-hidden">: {round.name[lang]}</span>
              </a>
              <a href={`/rounds/${round.id}/print`}>
                {t('round.print')}
                <span class="visually-hidden">: {round.name[lang]}</span>
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
