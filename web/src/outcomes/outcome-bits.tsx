import type { CatalogEntry } from '#shared/schemas/outcome.ts';
import type { I18n, MessageSource } from '../app/i18n.ts';
import './outcomes.css';

/** The messages of the public outcomes pages (catalog, outcome, theme, follow): they come with this module. */
export const outcomesMessages: MessageSource = {
  az: () => import('#shared/i18n/az-outcomes.ts').then((module) => module.azOutcomes),
  en: () => import('#shared/i18n/en-outcomes.ts').then((module) => module.enOutcomes),
};

/** "Thursday, 10 December 2026, 10:00 (Baku time)": always in Baku, the zone named. */
export function bakuWhen({ t, formatDateTime }: I18n, iso: string): string {
  return `${formatDateTime(iso, { time: true, weekday: true })} (${t('outcome.bakuTime')})`;
}

/** The first words of a text, cut at a word's end. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/** One published outcome in a list: the session's title (to the outcome page), when, what, how many recommendations. */
export function OutcomeCard({
  entry,
  i18n,
  themeName,
  headingLevel = 2,
}: {
  entry: CatalogEntry;
  i18n: I18n;
  themeName?: string | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, tPlural, formatDateTime, lang } = i18n;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card outcome-card">
      <Heading class="card-title">
        <a href={`/outcomes/${entry.sessionId}`}>{entry.title[lang]}</a>
      </Heading>
      <p class="muted">
        {themeName && <>{themeName} · </>}
        {t('catalog.sessionOn', { date: formatDateTime(entry.sessionStartsAt) })}
        {entry.venue && <> · {entry.venue}</>}
      </p>
      {entry.summary[lang] && <p class="outcome-excerpt">{excerpt(entry.summary[lang])}</p>}
      <p class="muted">
        {tPlural('catalog.recommendations', entry.recommendations)} ·{' '}
        {t('catalog.published', { date: formatDateTime(entry.publishedAt) })}
        {entry.correctedAt && <span class="tag">{t('catalog.corrected')}</span>}
      </p>
    </li>
  );
}
