import { useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { api } from '../app/api.ts';
import { type MessageSource, useI18n } from '../app/i18n.ts';
import { TextField } from '../ui/fields.tsx';
import { ErrorNotice } from '../ui/notices.tsx';

export const pickerMessages: MessageSource = {
  az: () => import('#shared/i18n/az-member-picker.ts').then((module) => module.azMemberPicker),
  en: () => import('#shared/i18n/en-member-picker.ts').then((module) => module.enMemberPicker),
};

/**
 * Finds a member by name or organisation and hands the chosen one over. It sits inside other
 * forms, so Enter in its search box searches instead of submitting the form around it.
 */
export function MemberPicker({ id, label, onPick }: { id: string; label: string; onPick(member: Member): void }) {
  const { t, tPlural } = useI18n();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Member[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function search() {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setFound((await api.listMembers({ q: q.trim() || undefined, limit: 100 })).items);
    } catch (error) {
      setFailure(error);
    }
    setBusy(false);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only catches Enter bubbling up from the search box
    <div
      class="member-picker"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.target as Element).tagName === 'INPUT') {
          event.preventDefault();
          void search();
        }
      }}
    >
      <TextField id={id} name={id} type="search" label={label} maxLength={100} value={q} onValue={setQ} />
      <button type="button" class="button button-secondary" onClick={search}>
        {busy ? t('common.loading') : t('picker.search')}
      </button>
      <p class="picker-count" aria-live="polite">
        {found && tPlural('picker.found', found.length)}
      </p>
      {failure !== null && <ErrorNotice error={failure} />}
      {found && found.length > 0 && (
        <ul class="picker-results">
          {found.map((member) => (
            <li key={member.id}>
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setFound(null);
                  setQ('');
                  onPick(member);
                }}
              >
                {t('picker.choose', { name: member.name })}
              </button>{' '}
              <span class="muted">{member.organisation}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
