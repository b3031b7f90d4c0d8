import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../app/i18n.ts';
import { takeHeadingFocus } from '../app/router.ts';

/** The page's one h1: it names the document and, after a navigation, takes focus. */
export function PageHeading({ children, title }: { children: ComponentChildren; title: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const documentTitle = `${title} · ${t('site.portal')}`;

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);

  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
