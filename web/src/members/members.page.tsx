import { useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { useI18n } from '../app/i18n.ts';
import { MemberGate } from '../app/member-gate.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { type MemberFilter, useMemberList } from './member-list.ts';
import { MemberListView } from './member-list-view.tsx';
import { MemberSearch } from './member-search.tsx';

export default function MembersPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('members.title')}>{t('members.title')}</PageHeading>
      <MemberGate>{() => <Directory />}</MemberGate>
    </>
  );
}

function Directory() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<MemberFilter>({});
  const list = useMemberList(filter);
  return (
    <>
      <p class="prose">{t('members.intro')}</p>
      <MemberSearch idPrefix="directory" onSearch={setFilter} />
      <MemberListView list={list} renderMember={(member) => <DirectoryEntry member={member} />} />
    </>
  );
}

function DirectoryEntry({ member }: { member: Member }) {
  const { t } = useI18n();
  return (
    <>
      <h2 class="card-title">{member.name}</h2>
      {member.position && <p class="member-position">{member.position}</p>}
      <p>
        {member.organisation}
        <span class="tag">{t(`organisationType.${member.organisationType}`)}</span>
      </p>
      <p>
        <a href={`mailto:${member.email}`}>{member.email}</a>
      </p>
    </>
  );
}
