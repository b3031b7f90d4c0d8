import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { ApiError } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { signedOut } from '../app/session.ts';
import { ErrorNotice, SignInNeeded } from '../ui/notices.tsx';
import type { MemberList } from './member-list.ts';

/** The loaded members, their count (spoken when it changes) and "show more". */
export function MemberListView({
  list,
  renderMember,
  wide = false,
}: {
  list: MemberList;
  renderMember(member: Member): ComponentChildren;
  /** Fewer, wider cards: for entries with actions. */
  wide?: boolean;
}) {
  const { t, tPlural } = useI18n();
  const count = useRef<HTMLParagraphElement>(null);

  const sessionEnded = list.error instanceof ApiError && list.error.status === 401;
  useEffect(() => {
    if (sessionEnded) signedOut();
  }, [sessionEnded]);
  if (sessionEnded) return <SignInNeeded />;

  async function loadMore() {
    await list.loadMore();
    // The button goes away with the last page; focus then stays near where it was.
    if (!document.activeElement || document.activeElement === document.body) count.current?.focus();
  }

  const loading = list.state === 'loading';
  return (
    <>
      <p ref={count} class="result-count" aria-live="polite" aria-busy={loading ? 'true' : undefined} tabIndex={-1}>
        {loading
          ? t('common.loading')
          : list.members.length === 0 && !list.error
            ? t('members.empty')
            : tPlural('members.count', list.members.length)}
      </p>
      {!loading && (
        <ul class={wide ? 'member-list member-list-wide' : 'member-list'}>
          {list.members.map((member) => (
            <li key={member.id} class="card member-card">
              {renderMember(member)}
            </li>
          ))}
        </ul>
      )}
      {list.error !== null && (
        <>
          <ErrorNotice error={list.error} />
          {list.members.length === 0 && (
            <button type="button" class="button button-secondary" onClick={list.retry}>
              {t('common.retry')}
            </button>
          )}
        </>
      )}
      {list.nextCursor && !loading && (
        <button type="button" class="button button-secondary" onClick={loadMore}>
          {list.state === 'loading-more' ? t('common.loading') : t('members.loadMore')}
        </button>
      )}
    </>
  );
}
