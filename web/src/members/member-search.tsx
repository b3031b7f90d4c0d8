import { useState } from 'preact/hooks';
import type { MemberStatus, OrganisationType } from '#shared/schemas/member.ts';
import { useI18n } from '../app/i18n.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { organisationTypeOptions } from './member-form.ts';
import type { MemberFilter } from './member-list.ts';

const statuses: MemberStatus[] = ['invited', 'active', 'deactivated'];

/** Search by name or organisation, narrowed by organisation type (and, for the secretariat, status). */
export function MemberSearch({
  idPrefix,
  withStatus = false,
  onSearch,
}: {
  idPrefix: string;
  withStatus?: boolean;
  onSearch(filter: MemberFilter): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const [organisationType, setOrganisationType] = useState<OrganisationType | ''>('');
  const [status, setStatus] = useState<MemberStatus | ''>('');

  function submit(event: Event) {
    event.preventDefault();
    const filter: MemberFilter = {};
    if (q.trim()) filter.q = q.trim();
    if (organisationType) filter.organisationType = organisationType;
    if (status) filter.status = status;
    onSearch(filter);
  }

  return (
    <search aria-label={t('members.searchHeading')}>
      <form class="search-form" onSubmit={submit}>
        <TextField
          id={`${idPrefix}-q`}
          name="q"
          type="search"
          label={t('members.search')}
          maxLength={100}
          value={q}
          onValue={setQ}
        />
        <SelectField
          id={`${idPrefix}-type`}
          name="organisationType"
          label={t('member.organisationType')}
          options={[{ value: '', label: t('members.allTypes') }, ...organisationTypeOptions(i18n)]}
          value={organisationType}
          onValue={(value) => setOrganisationType(value)}
        />
        {withStatus && (
          <SelectField
            id={`${idPrefix}-status`}
            name="status"
            label={t('member.status')}
            options={[
              { value: '', label: t('admin.allStatuses') },
              ...statuses.map((value) => ({ value, label: t(`status.${value}`) })),
            ]}
            value={status}
            onValue={(value) => setStatus(value)}
          />
        )}
        <div class="search-submit">
          <button type="submit" class="button">
            {t('members.searchSubmit')}
          </button>
        </div>
      </form>
    </search>
  );
}
