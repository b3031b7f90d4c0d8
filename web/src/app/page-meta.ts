import { useEffect } from 'preact/hooks';

/* The head of a public page, for search engines and link previews: kept in step as the reader moves around. */

const descriptionMeta = () => document.querySelector<HTMLMetaElement>('meta[name="description"]');
/** The site's own description (index.html), put back when a page that set its own goes away. */
const siteDescription = descriptionMeta()?.content ?? '';

function headElement<T extends HTMLElement>(selector: string, create: () => T): T {
  let element = document.head.querySelector<T>(selector);
  if (!element) {
    element = create();
    document.head.append(element);
  }
  return element;
}

/**
 * Sets the meta description and `<link rel=canonical>` of a public page (its title comes from
 * `PageHeading`); they go back to the site's own when the page is left. `path` leaves out the
 * query, so that filtered views of a list name the list as their canonical page.
 */
export function usePageMeta(description: string, path: string): void {
  useEffect(() => {
    headElement('meta[name="description"]', () =>
      Object.assign(document.createElement('meta'), { name: 'description' }),
    ).content = description;
    headElement('link[rel="canonical"]', () =>
      Object.assign(document.createElement('link'), { rel: 'canonical' }),
    ).href = new URL(path, window.location.origin).href;
  }, [description, path]);

  useEffect(
    () => () => {
      const meta = descriptionMeta();
      if (meta) meta.content = siteDescription;
      document.head.querySelector('link[rel="canonical"]')?.remove();
    },
    [],
  );
}

/** Names a feed in the head (`<link rel=alternate>`), so that feed readers find it from the page. */
export function useAlternateLink(href: string, type: string, title: string): void {
  useEffect(() => {
    const link = Object.assign(document.createElement('link'), { rel: 'alternate', href, type, title });
    document.head.append(link);
    return () => link.remove();
  }, [href, type, title]);
}
