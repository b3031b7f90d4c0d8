import { useState } from 'preact/hooks';
import type { Language } from '#shared/schemas/common.ts';
import { inviteMemberSchema, type Member, type OrganisationType, type Role } from '#shared/schemas/member.ts';
import { announce } from '../announcer.ts';
import { ApiError, api } from '../api.ts';
import { byField, type FieldMessages, validationErrors } from '../field-messages.ts';
import { useI18n } from '../i18n.ts';
import { languageOptions, organisationTypeOptions } from '../member-form.ts';
import { ErrorSummary } from './error-summary.tsx';
import { SelectField, TextField } from './fields.tsx';
import { ErrorNotice } from './notices.tsx';

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

const fieldIds: Record<keyof Invitation, string> = {
  name: 'invite-name',
  email: 'invite-email',
  organisation: 'invite-organisation',
  organisationType: 'invite-organisation-type',
  position: 'invite-position',
  role: 'invite-role',
  language: 'invite-language',
};

export function InviteForm({ onInvited }: { onInvited(member: Member): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const set = (name: keyof Invitation) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function showErrors(found: FieldMessages) {
    setErrors(found);
    setAttempt((count) => count + 1);
  }

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
    const invalid = checkLocally();
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    setErrors({});
    setSending(true);
    try {
      const member = await api.inviteMember(inviteMemberSchema.parse(values));
      onInvited(member);
      setValues(blank);
      announce(t('admin.invited', { name: member.name }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'email-taken') showErrors({ email: t('admin.emailTaken') });
      else if (error instanceof ApiError && error.errors.length > 0) showErrors(byField(i18n, error.errors));
      else setFailure(error);
    } finally {
      setSending(false);
    }
  }

  const summary = (Object.keys(fieldIds) as Array<keyof Invitation>).flatMap((name) => {
    const message = errors[name];
    return message ? [{ fieldId: fieldIds[name], message }] : [];
  });

  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summary} attempt={attempt} />
      <TextField id={fieldIds.name} name="name" label={t('member.name')} autoComplete="off" maxLength={120}
        value={values.name} onValue={set('name')} error={errors.name} />
      <TextField id={fieldIds.email} name="email" type="email" label={t('member.email')} autoComplete="off"
        maxLength={254} value={values.email} onValue={set('email')} error={errors.email} />
      <TextField id={fieldIds.organisation} name="organisation" label={t('member.organisation')} autoComplete="off"
        maxLength={200} value={values.organisation} onValue={set('organisation')} error={errors.organisation} />
      <SelectField id={fieldIds.organisationType} name="organisationType" label={t('member.organisationType')}
        options={[{ value: '', label: t('common.choose') }, ...organisationTypeOptions(i18n)]}
        value={values.organisationType} onValue={set('organisationType')} error={errors.organisationType} />
      <TextField id={fieldIds.position} name="position" label={t('member.position')} optional autoComplete="off"
        maxLength={120} value={values.position} onValue={set('position')} error={errors.position} />
      <SelectField id={fieldIds.role} name="role" label={t('member.role')}
        options={[{ value: 'member', label: t('role.member') }, { value: 'secretariat', label: t('role.secretariat') }]}
        value={values.role} onValue={set('role')} error={errors.role} />
      <SelectField id={fieldIds.language} name="language" label={t('member.language')} options={languageOptions(i18n)}
        value={values.language} onValue={set('language')} error={errors.language} />
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
        {sending ? t('admin.inviting') : t('admin.inviteSubmit')}
      </button>
    </form>
  );
}
