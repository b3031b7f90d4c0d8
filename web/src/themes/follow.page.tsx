import { type FollowStatus, followStatuses } from '#shared/constants.ts';
import { useI18n } from '../app/i18n.ts';
import { usePageMeta } from '../app/page-meta.ts';
import { locationStore } from '../app/router.ts';
import { useStore } from '../app/store.ts';
import { themeName, useThemes } from '../app/themes.ts';
import { outcomesMessages } from '../outcomes/outcome-bits.tsx';
import { outcomeWordsMessages } from '../outcomes/outcome-words.ts';
import { Notice } from '../ui/notices.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { FollowForm } from './follow-form.tsx';

export const messages = [outcomesMessages, outcomeWordsMessages];

const tones = { confirmed: 'success', unsubscribed: 'info', 'invalid-link': 'error' } as const;

const statusOf = (given: string | null): FollowStatus | undefined => followStatuses.find((status) => status === given);

/** The follow form; the confirmation and unsubscribe links land here, with `?status=`. */
export default function FollowPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const themes = useThemes();
  const params = new URLSearchParams(useStore(locationStore).search);
  const status = statusOf(params.get('status'));
  const theme = params.get('theme') ?? undefined;
  usePageMeta(t('follow.metaDescription'), '/follow');
  return (
    <>
      <PageHeading title={t('follow.heading')}>{t('follow.heading')}</PageHeading>
      {status && (
        <Notice tone={tones[status]}>
          <p>
            {theme && status !== 'invalid-link'
              ? t(`follow.status.${status}Theme`, { theme: themeName(themes, theme, i18n) })
              : t(`follow.status.${status}`)}
          </p>
        </Notice>
      )}
      <p class="prose">{t('follow.intro')}</p>
      <FollowForm key={theme} idPrefix="follow" initialTheme={theme} />
    </>
  );
}
