import type { ComponentChildren } from 'preact';
import type { Member } from '#shared/schemas/member.ts';
import { Loading, Notice, SignInNeeded } from '../ui/notices.tsx';
import { useI18n } from './i18n.ts';
import { useSession } from './session.ts';

/** Shows its children to a signed-in member (of the given role); anyone else is told why not. */
export function MemberGate({ only, children }: { only?: 'secretariat'; children(me: Member): ComponentChildren }) {
  const { t } = useI18n();
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'anonymous') return <SignInNeeded />;
  if (only && session.me.role !== only) {
    return (
      <Notice tone="error">
        <p>{t('common.secretariatOnly')}</p>
      </Notice>
    );
  }
  return <>{children(session.me)}</>;
}
