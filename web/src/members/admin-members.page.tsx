import { useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { type MessageSource, useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { InviteForm } from './invite-form.tsx';
import { MemberActions } from './member-actions.tsx';
import { type MemberFilter, useMemberList } from './member-list.ts';
import { MemberListView } from './member-list-view.tsx';
import { MemberSearch } from './member-search.tsx';

const adminMembersMessages: MessageSource = {
  az: () => import('#shared/i18n/az-admin-members.ts').then((module) => module.azAdminMembers),
  en: () => import('#shared/i18n/en-admin-members.ts').then((module) => module.enAdminMembers),
};

export const messages = [adminMembersMessages];

export default function AdminMembersPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      <MemberGate only="secretariat">{(me) => <ManageMembers me={me} />}</MemberGate>
    </>
  );
}

function ManageMembers({ me }: { me: Member }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<MemberFilter>({});
  const list = useMemberList(filter);
  return (
    <>
      <section aria-labelledby="invite-heading" class="card">
        <h2 id="invite-heading">{t('admin.inviteHeading')}</h2>
        <p>{t('admin.inviteIntro')}</p>
        <InviteForm onInvited={list.add} />
      </section>
      <section aria-labelledby="all-members-heading">
        <h2 id="all-members-heading">{t('admin.listHeading')}</h2>
        <MemberSearch idPrefix="admin" withStatus onSearch={setFilter} />
        <MemberListView
          wide
          list={list}
          renderMember={(member) => <AdminEntry member={member} isMe={member.id === me.id} onChanged={list.replace} />}
        />
      </section>
    </>
  );
}

function AdminEntry({ member, isMe, onChanged }: { member: Member; isMe: boolean; onChanged(member: Member): void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <h3 class="card-title">
        {member.name} {isMe && <span class="muted">{t('admin.you')}</span>}
      </h3>
      <dl class="facts">
        <dt>{t('member.email')}</dt>
        <dd>{member.email}</dd>
        <dt>{t('member.organisation')}</dt>
        <dd>
          {member.organisation} <span class="tag">{t(`organisationType.${member.organisationType}`)}</span>
        </dd>
        <dt>{t('member.role')}</dt>
        <dd>{t(`role.${member.role}`)}</dd>
        <dt>{t('member.status')}</dt>
        <dd>
          <span class={`status status-${member.status}`}>{t(`status.${member.status}`)}</span>
        </dd>
        <dt>{t('member.createdAt')}</dt>
        <dd>{formatDateTime(member.createdAt)}</dd>
      </dl>
      <MemberActions member={member} isMe={isMe} onChanged={onChanged} />
    </>
  );
}
