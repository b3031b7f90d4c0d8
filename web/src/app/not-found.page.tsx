import { PageHeading } from '../ui/page-heading.tsx';
import { useI18n } from './i18n.ts';

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <div class="prose">
        <p>{t('notFound.body')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </div>
    </>
  );
}
