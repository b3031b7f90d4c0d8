import type { MessageKey } from '#shared/i18n/format.ts';
import { useI18n } from '../i18n.ts';
import { Notice } from './notices.tsx';
import { PageHeading } from './page-heading.tsx';

/** A section whose feature is still to come: its place in the navigation, and an honest word. */
export function SectionBeingBuilt({ title, notice }: { title: MessageKey; notice: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t(title)}>{t(title)}</PageHeading>
      <Notice>
        <p>{t(notice)}</p>
      </Notice>
    </>
  );
}
