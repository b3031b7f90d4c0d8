import type { ComponentChildren } from 'preact';
import type { Read } from '../app/read-ahead.ts';
import { type Loaded, useLoad } from '../app/use-load.ts';
import { LoadFailure, Loading, type NotFound } from './notices.tsx';
import { PageHeading } from './page-heading.tsx';

/**
 * The three states of something a page loads: loading, failed (not found, or the error with a
 * retry where `reload` is given) and loaded, which the page draws.
 */
export function LoadedFrame<T>({
  loaded,
  reload,
  notFound,
  children,
}: {
  loaded: Loaded<T>;
  reload?: () => void;
  notFound?: NotFound;
  children: (value: T) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') return <LoadFailure error={loaded.error} notFound={notFound} onRetry={reload} />;
  return <>{children(loaded.value)}</>;
}

/**
 * A page about one record: loads it, headed by `title` until it has loaded (and when it fails),
 * then by `titleOf` the record; without `title` the page heads itself.
 */
export function DetailPage<T>({
  load,
  title,
  titleOf,
  notFound,
  children,
}: {
  /** A `Read`, for a page that reads its record ahead (app/read-ahead.ts). */
  load: (() => Promise<T>) | Read<T>;
  title?: string;
  titleOf?: (value: T) => string;
  notFound?: NotFound;
  children: (value: T) => ComponentChildren;
}) {
  const [loaded, reload] = useLoad(load);
  // No heading while loading: a placeholder that the record's title then replaced would move
  // what follows it (layout shift); the loading line stands where the heading will be.
  if (loaded.state === 'loading') return <Loading />;
  const heading = loaded.state === 'done' && titleOf ? titleOf(loaded.value) : title;
  return (
    <>
      {heading !== undefined && <PageHeading title={heading}>{heading}</PageHeading>}
      <LoadedFrame loaded={loaded} reload={reload} notFound={notFound}>
        {children}
      </LoadedFrame>
    </>
  );
}
