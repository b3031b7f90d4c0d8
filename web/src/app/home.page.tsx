import type { Health } from '#shared/schemas/health.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { RoundSummary } from '#shared/schemas/round.ts';
import type { Rsvp, Session } from '#shared/schemas/session.ts';
import { documentChangesApi } from '../documents/document-changes-api.ts';
import { documentsApi } from '../documents/documents-api.ts';
import { outcomesApi } from '../outcomes/outcomes-api.ts';
import { roundsApi } from '../recommendations/rounds-api.ts';
import { sessionsMessages, whenText } from '../sessions/session-bits.tsx';
import { type SessionQuery, sessionsApi } from '../sessions/sessions-api.ts';
import { ErrorNotice } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { api } from './api.ts';
import { type I18n, type MessageSource, useI18n } from './i18n.ts';
import { read, readAhead } from './read-ahead.ts';
import { sessionStore, useSession } from './session.ts';
import { loadThemes, themeName, useThemes } from './themes.ts';
import { type Loaded, useLoad } from './use-load.ts';

const homeMessages: MessageSource = {
  az: () => import('#shared/i18n/az-home.ts').then((module) => module.azHome),
  en: () => import('#shared/i18n/en-home.ts').then((module) => module.enHome),
};

export const messages = [homeMessages, sessionsMessages];

const shown = 3;

/**
 * Sessions of `query` until `wanted` are found: a status is filtered within each page
 * (ARCHITECTURE.md, "Invariants"), so a page may hold none while later ones do.
 */
async function sessionsWhere(query: SessionQuery, wanted: number): Promise<Session[]> {
  const found: Session[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 10 && found.length < wanted; page += 1) {
    const answer = await sessionsApi.list({ ...query, limit: 100, ...(cursor ? { cursor } : {}) });
    found.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return found.slice(0, wanted);
}

/** The rounds under way (the newest first, so the first pages hold them), for a member or the secretariat. */
async function openRounds() {
  const found: RoundSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 2; page += 1) {
    const answer = await roundsApi.list(cursor);
    found.push(...answer.items.filter((round) => round.status === 'open'));
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return found;
}

/** Everything the home page shows for `me`, loaded at once so that it appears in one piece. */
async function loadHome(me: Member | null) {
  const now = new Date().toISOString();
  const secretariat = me?.role === 'secretariat';
  const [upcoming, outcomes, documents, drafts, held, uploads, rounds] = await Promise.all([
    sessionsWhere({ from: now, status: 'scheduled', order: 'asc' }, shown),
    outcomesApi.catalog({ limit: shown }),
    me ? documentsApi.list({ limit: shown }) : null,
    // A draft can be scheduled only while its start is ahead; the nearest first.
    secretariat ? sessionsWhere({ from: now, status: 'draft', order: 'asc' }, 5) : null,
    secretariat ? sessionsWhere({ status: 'held', order: 'desc' }, 5) : null,
    secretariat ? documentChangesApi.pendingUploads(5) : null,
    me ? openRounds() : null,
  ]);
  // A member's own answer is on each session's page: three small reads for three sessions.
  const answers = me
    ? await Promise.all(upcoming.map(async (session) => (await sessionsApi.get(session.id)).myRsvp))
    : [];
  return {
    upcoming: upcoming.map((session, index) => ({ session, answer: answers[index] })),
    outcomes: outcomes.items,
    documents: documents?.items ?? null,
    toDo: drafts && held && uploads && rounds ? { drafts, held, uploads: uploads.items, rounds } : null,
    // A member's way to the rounds that ask their organisation.
    askedOfMe: !secretariat && rounds ? rounds.filter((round) => round.asksYourOrganisation) : [],
  };
}

type Home = Awaited<ReturnType<typeof loadHome>>;

const homeRead = (me: Member | null) => read(`home ${me?.id ?? ''}`, () => loadHome(me));

/** The service status at the page's foot is read after the first drawing: it is slower than the lists. */
export const firstReads = () => {
  const session = sessionStore.get();
  return Promise.all([readAhead(homeRead(session.status === 'signed-in' ? session.me : null)), loadThemes()]);
};

export default function HomePage() {
  const { t } = useI18n();
  const session = useSession();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <div class="prose">
        <p class="lead">{t('home.lead')}</p>
        {session.status === 'anonymous' && <p>{t('home.about')}</p>}
      </div>
      {/* The lists wait for the session, so that they are drawn once, for the reader's role. */}
      {session.status === 'loading' ? (
        <HomeLoading />
      ) : (
        <HomeLists
          key={session.status === 'signed-in' ? session.me.id : ''}
          me={session.status === 'signed-in' ? session.me : null}
        />
      )}
      <Themes />
      <ServiceStatus />
    </>
  );
}

/** Holds the place of the lists while they load, so that what follows does not jump (CLS). */
function HomeLoading() {
  const { t } = useI18n();
  return (
    <div class="home-lists home-lists-loading">
      <p class="loading">{t('common.loading')}</p>
    </div>
  );
}

function HomeLists({ me }: { me: Member | null }) {
  const [home, reload] = useLoad(homeRead(me));
  if (home.state === 'loading') return <HomeLoading />;
  if (home.state === 'failed') {
    return (
      <div class="home-lists">
        <ErrorNotice error={home.error} />
        <button type="button" class="button button-secondary" onClick={reload}>
          {useI18n().t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <div class="home-lists">
      {home.value.toDo && <ToDo toDo={home.value.toDo} />}
      {home.value.askedOfMe.length > 0 && <AskedOfMe rounds={home.value.askedOfMe} />}
      <div class="home-columns">
        <Upcoming items={home.value.upcoming} member={me !== null} />
        <LatestOutcomes items={home.value.outcomes} />
        {home.value.documents && <RecentDocuments items={home.value.documents} />}
      </div>
    </div>
  );
}

function Upcoming({ items, member }: { items: Home['upcoming']; member: boolean }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  return (
    <section aria-labelledby="upcoming-heading" class="home-section">
      <h2 id="upcoming-heading">{t('home.upcoming')}</h2>
      {items.length === 0 ? (
        <p>{t('home.upcomingNone')}</p>
      ) : (
        <ul class="home-list">
          {items.map(({ session, answer }) => (
            <li key={session.id}>
              <a href={`/sessions/${session.id}`}>{session.title[lang]}</a>
              <span class="muted">{whenText(i18n, session)}</span>
              {member && <span class="home-answer">{answerText(i18n, answer)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/sessions">{t('home.allSessions')}</a>
      </p>
    </section>
  );
}

function answerText({ t }: I18n, answer: Rsvp | null | undefined): string {
  return answer?.answer ? t('home.myAnswer', { answer: t(`home.answer.${answer.answer}`) }) : t('home.noAnswer');
}

function LatestOutcomes({ items }: { items: Home['outcomes'] }) {
  const { t, lang, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="outcomes-heading" class="home-section">
      <h2 id="outcomes-heading">{t('home.latestOutcomes')}</h2>
      {items.length === 0 ? (
        <p>{t('home.outcomesNone')}</p>
      ) : (
        <ul class="home-list">
          {items.map((entry) => (
            <li key={entry.sessionId}>
              <a href={`/outcomes/${entry.sessionId}`}>{entry.title[lang]}</a>
              <span class="muted">{formatDateTime(entry.publishedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/outcomes">{t('home.allOutcomes')}</a>
      </p>
    </section>
  );
}

function RecentDocuments({ items }: { items: NonNullable<Home['documents']> }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="documents-heading" class="home-section">
      <h2 id="documents-heading">{t('home.recentDocuments')}</h2>
      {items.length === 0 ? (
        <p>{t('home.documentsNone')}</p>
      ) : (
        <ul class="home-list">
          {items.map((document) => (
            <li key={document.id}>
              <a href={`/documents/${document.id}`}>{document.title}</a>
              <span class="muted">
                {t('home.uploadedBy', { name: document.uploaderName, date: formatDateTime(document.createdAt) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="button-row">
        <a href="/documents">{t('home.allDocuments')}</a>
        <a href="/documents/upload">{t('home.shareDocument')}</a>
      </p>
    </section>
  );
}

/** The secretariat's "what needs doing": each list leads to the page where it is done. */
function ToDo({ toDo }: { toDo: NonNullable<Home['toDo']> }) {
  const i18n = useI18n();
  const { t, lang, formatDateTime } = i18n;
  return (
    <section aria-labelledby="todo-heading" class="card home-todo">
      <h2 id="todo-heading">{t('home.toDo')}</h2>
      <div class="home-columns">
        <div>
          <h3>{t('home.drafts')}</h3>
          {toDo.drafts.length === 0 ? (
            <p>{t('home.draftsNone')}</p>
          ) : (
            <ul class="home-list">
              {toDo.drafts.map((session) => (
                <li key={session.id}>
                  <a href={`/sessions/${session.id}`}>{session.title[lang]}</a>
                  <span class="muted">{formatDateTime(session.startsAt, { time: true })}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href="/sessions/new">{t('home.newSession')}</a>
          </p>
        </div>
        <div>
          <h3>{t('home.held')}</h3>
          {toDo.held.length === 0 ? (
            <p>{t('home.heldNone')}</p>
          ) : (
            <ul class="home-list">
              {toDo.held.map((session) => (
                <li key={session.id}>
                  <a href={`/sessions/${session.id}/outcomes/edit`}>{session.title[lang]}</a>
                  <span class="muted">{formatDateTime(session.startsAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('home.pendingUploads')}</h3>
          <p class="hint">{t('home.pendingUploadsHint')}</p>
          {toDo.uploads.length === 0 ? (
            <p>{t('home.pendingNone')}</p>
          ) : (
            <ul class="home-list">
              {toDo.uploads.map((upload) => (
                <li key={`${upload.documentId}-${upload.number}`}>
                  <a href={`/documents/${upload.documentId}`}>{upload.fileName}</a>
                  <span class="muted">
                    {t('home.uploadedBy', {
                      name: upload.uploaderName,
                      date: formatDateTime(upload.uploadedAt, { time: true }),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('home.rounds')}</h3>
          {toDo.rounds.length === 0 ? (
            <p>{t('home.roundsNone')}</p>
          ) : (
            <ul class="home-list">
              {toDo.rounds.map((round) => (
                <li key={round.id}>
                  <a href={`/rounds/${round.id}`}>{round.name[lang]}</a>
                  {round.answers && (
                    <span class="muted">
                      {t('home.roundAnswers', { ...round.answers, date: formatDateTime(round.deadline) })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p class="button-row">
            <a href="/rounds/new">{t('home.openRound')}</a>
            <a href="/rounds">{t('home.allRounds')}</a>
          </p>
        </div>
      </div>
    </section>
  );
}

/** A member's open rounds that ask their organisation, each with the way to report. */
function AskedOfMe({ rounds }: { rounds: RoundSummary[] }) {
  const { t, lang, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="asked-heading" class="card home-todo">
      <h2 id="asked-heading">{t('home.askedOfYou')}</h2>
      <ul class="home-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <a href={`/rounds/${round.id}`}>{round.name[lang]}</a>
            <span class="muted">
              {t('home.askedDeadline', { date: formatDateTime(round.deadline, { time: true }) })}
            </span>
            <a href={`/rounds/${round.id}/report`}>
              {t('home.sendReport')}
              <span class="visually-hidden">: {round.name[lang]}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href="/rounds">{t('home.allRounds')}</a>
      </p>
    </section>
  );
}

function Themes() {
  const i18n = useI18n();
  const { lang, t } = i18n;
  const themes = useThemes();
  return (
    <section aria-labelledby="themes-heading">
      <h2 id="themes-heading">{t('home.themesHeading')}</h2>
      <p class="prose">{t('home.events2015')}</p>
      {themes.state === 'failed' ? (
        <ErrorNotice error={themes.error} />
      ) : themes.state === 'loading' ? (
        <p class="loading theme-list-loading">{t('common.loading')}</p>
      ) : themes.value.length === 0 ? (
        <p>{t('home.themesEmpty')}</p>
      ) : (
        <ul class="theme-list">
          {themes.value.map((theme) => (
            <li key={theme.slug} class="card">
              <h3>
                <a href={`/themes/${theme.slug}`}>{theme.name[lang]}</a>
              </h3>
              <p>{theme.description[lang]}</p>
              <p class="theme-follow">
                <a href={`/follow?theme=${encodeURIComponent(theme.slug)}`}>
                  {t('home.follow')}
                  <span class="visually-hidden">: {themeName(themes, theme.slug, i18n)}</span>
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceStatus() {
  const { t } = useI18n();
  const [health] = useLoad(() => api.health());
  return (
    <p class="service-status" aria-busy={health.state === 'loading' ? 'true' : undefined}>
      <span class={`status-dot status-${statusTone(health)}`} aria-hidden="true" />
      {t('health.label')} {healthText(health)}
    </p>
  );

  function healthText(result: Loaded<Health>): string {
    if (result.state === 'loading') return t('health.checking');
    if (result.state === 'failed') return t('health.unknown');
    if (result.value.status === 'ok') return t('health.ok');
    const failing = (['table', 'bucket'] as const).filter((part) => result.value.checks[part] === 'failing');
    return t('health.degraded', { parts: failing.map((part) => t(`health.${part}`)).join(', ') });
  }
}

function statusTone(result: Loaded<Health>): 'ok' | 'degraded' | 'unknown' {
  if (result.state !== 'done') return 'unknown';
  return result.value.status === 'ok' ? 'ok' : 'degraded';
}
