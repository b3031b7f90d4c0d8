import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../app/i18n.ts';
import { type Read, takeRead } from '../app/read-ahead.ts';
import { ErrorNotice, Loading } from './notices.tsx';

const maxEmptyPages = 4;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read a page at a time: the first page on mount, the next ones on "load more". Items
 * already shown are not repeated (a page boundary can move while someone reads), and `keep`
 * filters each page as it comes, for a second filter the API does not take. `firstPage`, the
 * read of the first page, lets the list take that page from what its page read ahead
 * (app/read-ahead.ts): arrived, it is in the list's first drawing.
 */
export function usePagedList<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  keyOf: (item: T) => string,
  keep: (item: T) => boolean = () => true,
  firstPage?: Read<Page<T>>,
) {
  const [taken] = useState(() => (firstPage ? takeRead<Page<T>>(firstPage.key) : undefined));
  // Drawn at once only when it needs no further page: an empty page with more behind it reads on.
  const arrived = taken?.arrived?.value;
  const ready = arrived && (arrived.items.some(keep) || !arrived.nextCursor) ? arrived : undefined;
  const [items, setItems] = useState<T[]>(() => ready?.items.filter(keep) ?? []);
  const [cursor, setCursor] = useState<string | null>(ready?.nextCursor ?? null);
  const [state, setState] = useState<'loading' | 'ready' | 'more'>(ready ? 'ready' : 'loading');
  const [failure, setFailure] = useState<unknown>(null);
  const count = useRef<HTMLParagraphElement>(null);

  async function load(next?: string, ahead?: Promise<Page<T>>) {
    setFailure(null);
    setState(next ? 'more' : 'loading');
    try {
      // The API reads one stretch of the table per page and filters within it, so a page can come
      // back empty with more behind it: read on (a few pages at most) rather than show "none".
      let page = await (ahead ?? fetchPage(next));
      let found = page.items.filter(keep);
      for (let more = 0; found.length === 0 && page.nextCursor && more < maxEmptyPages; more += 1) {
        page = await fetchPage(page.nextCursor);
        found = page.items.filter(keep);
      }
      setItems((loaded) => {
        const shown = new Set(loaded.map(keyOf));
        return [...(next ? loaded : []), ...found.filter((item) => !shown.has(keyOf(item)))];
      });
      setCursor(page.nextCursor);
    } catch (error) {
      setFailure(error);
    }
    setState('ready');
    // The button goes away with the last page: once it has, focus stays near where it was.
    setTimeout(() => {
      if (next && !document.activeElement?.closest('main')) count.current?.focus();
    });
  }

  useEffect(() => {
    if (!ready) void load(undefined, taken?.promise);
  }, []);

  return { items, cursor, state, failure, load, count };
}

export type PagedListState<T> = ReturnType<typeof usePagedList<T>>;

/** The count (announced), the list, a retry after a failure and the "load more" button. */
export function PagedList<T>({
  list,
  empty,
  counted,
  loadMore,
  children,
}: {
  list: PagedListState<T>;
  empty: string;
  counted: (count: number) => string;
  loadMore: string;
  children: (items: T[]) => ComponentChildren;
}) {
  const { t } = useI18n();
  const { items, cursor, state, failure, load, count } = list;
  return (
    <>
      <p ref={count} class="result-count" aria-live="polite" tabIndex={-1}>
        {state === 'loading' ? '' : items.length === 0 && !failure ? empty : counted(items.length)}
      </p>
      {state === 'loading' && <Loading />}
      {items.length > 0 && children(items)}
      {failure !== null && <ErrorNotice error={failure} />}
      {failure !== null && items.length === 0 && (
        <button type="button" class="button button-secondary" onClick={() => load()}>
          {t('common.retry')}
        </button>
      )}
      {cursor && state !== 'loading' && (
        <button type="button" class="button button-secondary" onClick={() => state === 'ready' && load(cursor)}>
          {state === 'more' ? t('common.loading') : loadMore}
        </button>
      )}
    </>
  );
}
