import type { Health } from '#shared/schemas/health.ts';
import { ErrorNotice, Loading } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { api } from './api.ts';
import { useI18n } from './i18n.ts';
import { type Loaded, useLoad } from './use-load.ts';

export default function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <div class="prose">
        <p class="lead">{t('home.lead')}</p>
        <p>{t('home.about')}</p>
      </div>
      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">{t('home.themesHeading')}</h2>
        <p class="prose">{t('home.events2015')}</p>
        <Themes />
      </section>
      <ServiceStatus />
    </>
  );
}

function Themes() {
  const { lang, t } = useI18n();
  const [themes] = useLoad(() => api.themes());
  if (themes.state === 'loading') return <Loading />;
  if (themes.state === 'failed') return <ErrorNotice error={themes.error} />;
  if (themes.value.length === 0) return <p>{t('home.themesEmpty')}</p>;
  return (
    <ul class="theme-list">
      {themes.value.map((theme) => (
        <li key={theme.slug} class="card">
          <h3>
            <a href={`/themes/${theme.slug}`}>{theme.name[lang]}</a>
          </h3>
          <p>{theme.description[lang]}</p>
        </li>
      ))}
    </ul>
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
