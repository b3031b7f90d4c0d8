import { followStatusSchema } from '#shared/schemas/subscription.ts';
import { FollowForm } from '../components/follow-form.tsx';
import { Notice } from '../components/notices.tsx';
import { outcomesMessages } from '../components/outcome-bits.tsx';
import { outcomeWordsMessages } from '../components/outcome-words.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { useI18n } from '../i18n.ts';
import { usePageMeta } from '../page-meta.ts';
import { locationStore } from '../router.ts';
import { useStore } from '../store.ts';

export const messages = [outcomesMessages, outcomeWordsMessages];

const tones = { confirmed: 'success', unsubscribed: 'info', 'invalid-link': 'error' } as const;

/** The follow form; the confirmation and unsubscribe links land here, with `?status=`. */
export default function FollowPage() {
  const { t } = useI18n();
  const params = new URLSearchParams(useStore(locationStore).search);
  const status = followStatusSchema.safeParse(params.get('status'));
  const theme = params.get('theme') ?? undefined;
  usePageMeta(t('follow.metaDescription'), '/follow');
  return (
    <>
      <PageHeading title={t('follow.heading')}>{t('follow.heading')}</PageHeading>
      {status.success && (
        <Notice tone={tones[status.data]}>
          <p>{t(`follow.status.${status.data}`)}</p>
        </Notice>
      )}
      <p class="prose">{t('follow.intro')}</p>
      <FollowForm key={theme} idPrefix="follow" initialTheme={theme} />
    </>
  );
}
