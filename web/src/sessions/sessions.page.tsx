import { useEffect, useState } from 'preact/hooks';
import type { Session } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { bakuInstant, bakuParts, bakuToday } from '../app/baku-time.ts';
import { type I18n, type MessageSource, useI18n } from '../app/i18n.ts';
import { locationStore, navigate } from '../app/router.ts';
import { useSession } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { themeName, themeOptions, useThemes } from '../app/themes.ts';
import { SelectField } from '../ui/fields.tsx';
import { ErrorNotice, Loading } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { PagedList, usePagedList } from '../ui/paged-list.tsx';
import { addMonths, formatMonth, monthWeeks, weekdayNames } from './months.ts';
import { StatusBadge, sessionsMessages, whenText } from './session-bits.tsx';
import { publicCalendarLink, type SessionQuery, sessionsApi } from './sessions-api.ts';

/** The list's own messages, apart from those it shares with the session page (`session-bits.tsx`). */
const listMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-list.ts').then((module) => module.azSessionList),
  en: () => import('#shared/i18n/en-session-list.ts').then((module) => module.enSessionList),
};

export const messages = [sessionsMessages, listMessages];

type View = 'upcoming' | 'past' | 'month';
const views: View[] = ['upcoming', 'past', 'month'];

/** The page's state lives in its address (`?view=past&theme=…&month=2026-12`): it can be linked and gone back to. */
function addressOf(view: View, theme: string, month?: string): string {
  const params = new URLSearchParams();
  if (view !== 'upcoming') params.set('view', view);
  if (theme) params.set('theme', theme);
  if (view === 'month' && month) params.set('month', month);
  const search = params.toString();
  return search ? `/sessions?${search}` : '/sessions';
}

export default function SessionsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const session = useSession();
  const params = new URLSearchParams(useStore(locationStore).search);
  const view = views.find((name) => name === params.get('view')) ?? 'upcoming';
  const theme = params.get('theme') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(params.get('month') ?? '') ? (params.get('month') as string) : '';

  return (
    <>
      <PageHeading title={t('sessions.title')}>{t('sessions.title')}</PageHeading>
      <p class="prose">{t('sessions.intro')}</p>
      <div class="button-row">
        {session.status === 'signed-in' && session.me.role === 'secretariat' && (
          <a class="button" href="/sessions/new">
            {t('sessions.new')}
          </a>
        )}
        <a class="button button-secondary" href={publicCalendarLink}>
          {t('sessions.subscribe')}
        </a>
      </div>
      <p class="hint">{t('sessions.subscribeHint')}</p>
      <nav class="view-switch" aria-label={t('sessions.views')}>
        <ul>
          {views.map((name) => (
            <li key={name}>
              <a href={addressOf(name, theme, month)} aria-current={name === view ? 'page' : undefined}>
                {t(`sessions.view.${name}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ThemeFilter theme={theme} onChoose={(slug) => navigate(addressOf(view, slug, month), { replace: true })} />
      {view === 'month' ? (
        <MonthView key={theme} month={month || bakuToday().slice(0, 7)} theme={theme} />
      ) : (
        <SessionList key={`${view}|${theme}`} past={view === 'past'} theme={theme} />
      )}
    </>
  );
}

function ThemeFilter({ theme, onChoose }: { theme: string; onChoose(slug: string): void }) {
  const i18n = useI18n();
  const themes = useThemes();
  const [chosen, setChosen] = useState(theme);
  return (
    <search aria-label={i18n.t('sessions.filter')}>
      <form
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          onChoose(chosen);
        }}
      >
        <SelectField
          id="sessions-theme"
          name="theme"
          label={i18n.t('session.theme')}
          options={[{ value: '', label: i18n.t('sessions.allThemes') }, ...themeOptions(themes, i18n)]}
          value={chosen}
          onValue={setChosen}
        />
        <div class="search-submit">
          <button type="submit" class="button">
            {i18n.t('sessions.filterSubmit')}
          </button>
        </div>
      </form>
    </search>
  );
}

const pageSize = 20;

function SessionList({ past, theme }: { past: boolean; theme: string }) {
  const i18n = useI18n();
  const { t, tPlural } = i18n;
  const themes = useThemes();
  // "Now" is fixed when the list opens, so that "load more" continues the same list.
  const [query] = useState<SessionQuery>(() => {
    const now = new Date().toISOString();
    return { ...(past ? { to: now, order: 'desc' } : { from: now, order: 'asc' }), theme, limit: pageSize };
  });

  const list = usePagedList(
    (cursor) => sessionsApi.list({ ...query, cursor }),
    (session) => session.id,
  );

  return (
    <PagedList
      list={list}
      empty={t(past ? 'sessions.emptyPast' : 'sessions.emptyUpcoming')}
      counted={(n) => tPlural('sessions.count', n)}
      loadMore={t('sessions.loadMore')}
    >
      {(items) => (
        <ul class="session-list">
          {items.map((item) => (
            <li key={item.id} class="card session-card">
              <h2 class="card-title">
                <a href={`/sessions/${item.id}`}>{item.title[i18n.lang]}</a>
              </h2>
              <p class="session-when">{whenText(i18n, item)}</p>
              <p>
                {themeName(themes, item.theme, i18n)} <StatusBadge status={item.status} i18n={i18n} />
                {item.visibility === 'members' && <span class="tag">{t('session.membersOnly')}</span>}
              </p>
              <p class="muted">{placeText(i18n, item)}</p>
            </li>
          ))}
        </ul>
      )}
    </PagedList>
  );
}

function placeText({ t }: I18n, session: Session): string {
  const places = [session.venue, session.onlineUrl ? t('session.online') : ''].filter(Boolean);
  return places.join(' · ') || t('session.placeTbc');
}

/** A month as a table: one cell a day, listing that day's sessions, in Baku dates. */
function MonthView({ month, theme }: { month: string; theme: string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const today = bakuToday();

  useEffect(() => {
    let current = true;
    setSessions(null);
    setFailure(null);
    (async () => {
      const found: Session[] = [];
      let cursor: string | undefined;
      // A month holds a handful of sessions; five pages of a hundred is more than any month needs.
      for (let round = 0; round < 5; round += 1) {
        const page = await sessionsApi.list({
          from: bakuInstant(`${month}-01`, '00:00'),
          to: bakuInstant(`${addMonths(month, 1)}-01`, '00:00'),
          order: 'asc',
          theme,
          limit: 100,
          cursor,
        });
        found.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return found;
    })().then(
      (found) => current && setSessions(found),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [month, theme]);

  function show(delta: number) {
    const next = addMonths(month, delta);
    navigate(addressOf('month', theme, next), { replace: true });
    announce(formatMonth(lang, next));
  }

  const byDay = new Map<string, Session[]>();
  for (const session of sessions ?? []) {
    const day = bakuParts(session.startsAt).date;
    byDay.set(day, [...(byDay.get(day) ?? []), session]);
  }

  return (
    <section aria-labelledby="month-heading">
      <div class="month-nav">
        <button type="button" class="button button-secondary" onClick={() => show(-1)}>
          <span aria-hidden="true">←&nbsp;</span>
          {t('sessions.previousMonth')}
        </button>
        <h2 id="month-heading">{formatMonth(lang, month)}</h2>
        <button type="button" class="button button-secondary" onClick={() => show(1)}>
          {t('sessions.nextMonth')}
          <span aria-hidden="true">&nbsp;→</span>
        </button>
      </div>
      <p class="hint">{t('sessions.monthHint')}</p>
      {failure !== null && <ErrorNotice error={failure} />}
      {sessions === null && failure === null && <Loading />}
      {sessions?.length === 0 && <p class="month-empty">{t('sessions.monthEmpty')}</p>}
      {/* Scrolls sideways on a narrow screen: focusable, so that a keyboard can scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section class="month-scroll" tabIndex={0} aria-labelledby="month-caption">
        <table class="month">
          <caption id="month-caption" class="visually-hidden">
            {t('sessions.monthCaption', { month: formatMonth(lang, month) })}
          </caption>
          <thead>
            <tr>
              {weekdayNames(lang).map(([short, long]) => (
                <th key={long} scope="col">
                  <span aria-hidden="true">{short}</span>
                  <span class="visually-hidden">{long}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week.find(Boolean)}>
                {week.map((day, index) =>
                  day ? (
                    <td
                      key={day}
                      aria-current={day === today ? 'date' : undefined}
                      class={byDay.has(day) ? 'month-busy' : undefined}
                    >
                      {/* The column heads name the weekday; a phone shows the days as a list, without them. */}
                      <span class="day-weekday">{weekdayNames(lang)[index]?.[1]} </span>
                      <span class="day-number">{Number(day.slice(8))}</span>
                      {byDay.has(day) && (
                        <ul>
                          {byDay.get(day)?.map((session) => (
                            <li key={session.id}>
                              <a href={`/sessions/${session.id}`}>
                                {bakuParts(session.startsAt).time} {session.title[lang]}
                              </a>
                              {session.status !== 'scheduled' && (
                                <>
                                  {' '}
                                  <StatusBadge status={session.status} i18n={i18n} />
                                </>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ) : (
                    <td key={`empty-${index}`} class="month-outside" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
