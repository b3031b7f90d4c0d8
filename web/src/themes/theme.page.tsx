import { useState } from 'preact/hooks';
import type { Theme } from '#shared/schemas/theme.ts';
import { useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { useSession } from '../app/session.ts';
import { useThemes } from '../app/themes.ts';
import { useLoad } from '../app/use-load.ts';
import { bakuWhen, OutcomeCard, outcomesMessages } from '../outcomes/outcome-bits.tsx';
import { outcomeWordsMessages } from '../outcomes/outcome-words.ts';
import { outcomesApi } from '../outcomes/outcomes-api.ts';
import { sessionsApi } from '../sessions/sessions-api.ts';
import { LoadedFrame } from '../ui/detail-page.tsx';
import { ErrorNotice, Loading, Notice } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { FollowForm } from './follow-form.tsx';

export const messages = [outcomesMessages, outcomeWordsMessages];

export default function ThemePage({ params }: { params: Record<string, string> }) {
  const { t, lang } = useI18n();
  const themes = useThemes();
  const slug = params.slug ?? '';
  const theme = themes.state === 'done' ? themes.value.find((item) => item.slug === slug) : undefined;
  const heading = theme ? theme.name[lang] : t('theme.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <LoadedFrame loaded={themes}>
        {() =>
          theme ? (
            <ThemeView theme={theme} />
          ) : (
            <Notice>
              <p>{t('theme.notFound')}</p>
              <p>
                <a href="/outcomes">{t('outcome.backToList')}</a>
              </p>
            </Notice>
          )
        }
      </LoadedFrame>
    </>
  );
}

function ThemeView({ theme }: { theme: Theme }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  // "Now" is fixed when the page opens.
  const [now] = useState(() => new Date().toISOString());
  const [upcoming] = useLoad(() =>
    sessionsApi.list({ theme: theme.slug, status: 'scheduled', from: now, order: 'asc', limit: 10 }),
  );
  const signedIn = useSession().status === 'signed-in';
  const [outcomes] = useLoad(() => outcomesApi.catalog({ theme: theme.slug, limit: 10 }, signedIn), [signedIn]);
  usePageMeta(theme.description[lang] || theme.name[lang], `/themes/${theme.slug}`);

  return (
    <>
      <p class="prose lead">{theme.description[lang]}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('theme.upcoming')}</h2>
        {upcoming.state === 'loading' && <Loading />}
        {upcoming.state === 'failed' && <ErrorNotice error={upcoming.error} />}
        {upcoming.state === 'done' &&
          (upcoming.value.items.length === 0 ? (
            <p>{t('theme.upcomingNone')}</p>
          ) : (
            <ul class="link-list">
              {upcoming.value.items.map((session) => (
                <li key={session.id}>
                  <a href={`/sessions/${session.id}`}>{session.title[lang]}</a>
                  <br />
                  <span class="muted">
                    {bakuWhen(i18n, session.startsAt)}
                    {session.venue && ` · ${session.venue}`}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section aria-labelledby="theme-outcomes-heading">
        <h2 id="theme-outcomes-heading">{t('theme.outcomes')}</h2>
        {outcomes.state === 'loading' && <Loading />}
        {outcomes.state === 'failed' && <ErrorNotice error={outcomes.error} />}
        {outcomes.state === 'done' &&
          (outcomes.value.items.length === 0 ? (
            <p>{t('theme.outcomesNone')}</p>
          ) : (
            <>
              <ul class="outcome-list">
                {outcomes.value.items.map((entry) => (
                  <OutcomeCard key={entry.sessionId} entry={entry} i18n={i18n} headingLevel={3} />
                ))}
              </ul>
              <p>
                <a href={`/outcomes?theme=${encodeURIComponent(theme.slug)}`}>{t('theme.allOutcomes')}</a>
              </p>
            </>
          ))}
      </section>
      <section aria-labelledby="follow-heading" class="card no-print">
        <h2 id="follow-heading">{t('theme.follow')}</h2>
        <p>{t('follow.intro')}</p>
        <FollowForm idPrefix="theme-follow" theme={theme.slug} />
      </section>
    </>
  );
}
