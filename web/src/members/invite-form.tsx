import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Language } from '#shared/schemas/common.ts';
import { inviteMemberSchema, type Member, type OrganisationType, type Role } from '#shared/schemas/member.ts';
import { ApiError, api } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { useIdempotencyKey } from '../app/idempotency.ts';
import { ActionStatus, useActionStatus } from '../ui/action-status.tsx';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { byField, type FieldMessages } from '../ui/field-messages.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { ErrorNotice } from '../ui/notices.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { validationErrors } from '../ui/validation.ts';
import { languageOptions, organisationTypeOptions } from './member-form.ts';

interface Invitation {
  name: string;
  email: string;
  organisation: string;
  organisationType: OrganisationType | '';
  position: string;
  role: Role;
  language: Language;
}

const blank: Invitation = {
  name: '',
  email: '',
  organisation: '',
  organisationType: '',
  position: '',
  role: 'member',
  language: 'az',
};

const fields: Record<keyof Invitation, { id: string; label: MessageKey }> = {
  name: { id: 'invite-name', label: 'member.name' },
  email: { id: 'invite-email', label: 'member.email' },
  organisation: { id: 'invite-organisation', label: 'member.organisation' },
  organisationType: { id: 'invite-organisation-type', label: 'member.organisationType' },
  position: { id: 'invite-position', label: 'member.position' },
  role: { id: 'invite-role', label: 'member.role' },
  language: { id: 'invite-language', label: 'member.language' },
};

export function InviteForm({ onInvited }: { onInvited(member: Member): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(blank);
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const idempotency = useIdempotencyKey();
  const status = useActionStatus();

  const set = (name: keyof Invitation) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function checkLocally(): FieldMessages {
    const found = byField(i18n, validationErrors(inviteMemberSchema, values));
    if (values.email.trim() === '') found.email = t('errors.field.required');
    if (values.organisationType === '') found.organisationType = t('errors.field.required');
    return found;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    status.clear();
    const invalid = checkLocally();
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    clearErrors();
    setSending(true);
    status.inProgress(t('admin.inviting'));
    try {
      const invitation = inviteMemberSchema.parse(values);
      const member = await api.inviteMember(invitation, idempotency.keyFor(invitation));
      idempotency.succeeded();
      onInvited(member);
      setValues(blank);
      status.succeeded(t('admin.invited', { name: member.name }));
    } catch (error) {
      status.clear();
      if (error instanceof ApiError && error.code === 'email-taken') showErrors({ email: t('admin.emailTaken') });
      else if (!showApiErrors(error)) setFailure(error);
    } finally {
      setSending(false);
    }
  }

  const common = (name: keyof Invitation) => ({
    id: fields[name].id,
    name,
    label: t(fields[name].label),
    error: errors[name],
  });

  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summaryOf(fields, errors, t)} attempt={attempt} />
      <TextField {...common('name')} autoComplete="off" maxLength={120} value={values.name} onValue={set('name')} />
      <TextField
        {...common('email')}
        type="email"
        autoComplete="off"
        maxLength={254}
        value={values.email}
        onValue={set('email')}
      />
      <TextField
        {...common('organisation')}
        autoComplete="off"
        maxLength={200}
        value={values.organisation}
        onValue={set('organisation')}
      />
      <SelectField
        {...common('organisationType')}
        options={[{ value: '', label: t('common.choose') }, ...organisationTypeOptions(i18n)]}
        value={values.organisationType}
        onValue={set('organisationType')}
      />
      <TextField
        {...common('position')}
        optional
        autoComplete="off"
        maxLength={120}
        value={values.position}
        onValue={set('position')}
      />
      <SelectField
        {...common('role')}
        options={[
          { value: 'member', label: t('role.member') },
          { value: 'secretariat', label: t('role.secretariat') },
        ]}
        value={values.role}
        onValue={set('role')}
      />
      <SelectField
        {...common('language')}
        options={languageOptions(i18n)}
        value={values.language}
        onValue={set('language')}
      />
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
        {sending ? t('admin.inviting') : t('admin.inviteSubmit')}
      </button>
      <ActionStatus state={status.state} />
    </form>
  );
}
