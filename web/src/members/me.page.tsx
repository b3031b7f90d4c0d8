import { useState } from 'preact/hooks';
import type { MessageKey } from '#shared/i18n/format.ts';
import type { Language } from '#shared/schemas/common.ts';
import { type Member, type OrganisationType, type UpdateMember, updateMemberSchema } from '#shared/schemas/member.ts';
import { announce } from '../app/announcer.ts';
import { ApiError, api } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { navigate } from '../app/router.ts';
import { signedInAs, signedOut } from '../app/session.ts';
import { ActionStatus, useActionStatus } from '../ui/action-status.tsx';
import { DetailPage } from '../ui/detail-page.tsx';
import { ErrorSummary, summaryOf } from '../ui/error-summary.tsx';
import { byField } from '../ui/field-messages.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { ErrorNotice, problemMessage, SignInNeeded } from '../ui/notices.tsx';
import { useFieldErrors } from '../ui/use-field-errors.ts';
import { validationErrors } from '../ui/validation.ts';
import { languageOptions, organisationTypeOptions } from './member-form.ts';

export default function MePage() {
  const { t } = useI18n();
  async function load() {
    const member = await api.me();
    if (member) signedInAs(member);
    else signedOut();
    return member;
  }
  return (
    <DetailPage load={load} title={t('me.title')}>
      {(member) => (member ? <Profile initial={member} /> : <SignInNeeded />)}
    </DetailPage>
  );
}

function Profile({ initial }: { initial: Member }) {
  const { t, formatDateTime } = useI18n();
  const [member, setMember] = useState(initial);
  return (
    <>
      <section aria-labelledby="account-heading" class="card">
        <h2 id="account-heading">{t('me.accountHeading')}</h2>
        <dl class="facts">
          <dt>{t('member.email')}</dt>
          <dd>{member.email}</dd>
          <dt>{t('member.role')}</dt>
          <dd>{t(`role.${member.role}`)}</dd>
          <dt>{t('member.status')}</dt>
          <dd>{t(`status.${member.status}`)}</dd>
          <dt>{t('member.createdAt')}</dt>
          <dd>{formatDateTime(member.createdAt)}</dd>
        </dl>
        <SignOutButton />
      </section>
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t('me.detailsHeading')}</h2>
        <ProfileForm member={member} onChange={setMember} />
      </section>
    </>
  );
}

interface ProfileValues {
  name: string;
  organisation: string;
  organisationType: OrganisationType;
  position: string;
  language: Language;
}

function valuesOf(member: Member): ProfileValues {
  const { name, organisation, organisationType, position, language } = member;
  return { name, organisation, organisationType, position, language };
}

function changesBetween(member: Member, values: ProfileValues): UpdateMember {
  const before = valuesOf(member);
  const changes: Record<string, string> = {};
  for (const key of Object.keys(values) as Array<keyof ProfileValues>) {
    const value = values[key].trim();
    if (value !== before[key]) changes[key] = value;
  }
  return changes as UpdateMember;
}

const fields: Record<keyof ProfileValues, { id: string; label: MessageKey }> = {
  name: { id: 'profile-name', label: 'member.name' },
  organisation: { id: 'profile-organisation', label: 'member.organisation' },
  organisationType: { id: 'profile-organisation-type', label: 'member.organisationType' },
  position: { id: 'profile-position', label: 'member.position' },
  language: { id: 'profile-language', label: 'member.language' },
};

function ProfileForm({ member, onChange }: { member: Member; onChange(member: Member): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState(() => valuesOf(member));
  const { errors, attempt, showErrors, showApiErrors, clearErrors } = useFieldErrors();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const status = useActionStatus();

  const set = (name: keyof ProfileValues) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const stale = failure instanceof ApiError && failure.status === 412;

  async function submit(event: Event) {
    event.preventDefault();
    if (saving) return;
    setFailure(null);
    status.clear();
    const changes = changesBetween(member, values);
    if (Object.keys(changes).length === 0) {
      clearErrors();
      status.succeeded(t('me.nothingChanged'));
      return;
    }
    const invalid = byField(i18n, validationErrors(updateMemberSchema, changes));
    if (Object.keys(invalid).length > 0) return showErrors(invalid);
    clearErrors();
    setSaving(true);
    status.inProgress(t('common.saving'));
    try {
      const saved = await api.updateMember(member, changes);
      onChange(saved);
      signedInAs(saved);
      setValues(valuesOf(saved));
      status.succeeded(t('me.saved'));
    } catch (error) {
      status.clear();
      if (!showApiErrors(error)) setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  async function reloadLatest() {
    try {
      const latest = await api.me();
      if (!latest) {
        signedOut();
        return;
      }
      onChange(latest);
      signedInAs(latest);
      setValues(valuesOf(latest));
      setFailure(null);
      announce(t('me.reloaded'));
    } catch (error) {
      setFailure(error);
    }
  }

  const summary = summaryOf(fields, errors, t);

  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorSummary items={summary} attempt={attempt} />
      <TextField
        id={fields.name.id}
        name="name"
        label={t(fields.name.label)}
        autoComplete="name"
        maxLength={120}
        value={values.name}
        onValue={set('name')}
        error={errors.name}
      />
      <TextField
        id={fields.organisation.id}
        name="organisation"
        label={t(fields.organisation.label)}
        autoComplete="organization"
        maxLength={200}
        value={values.organisation}
        onValue={set('organisation')}
        error={errors.organisation}
      />
      <SelectField
        id={fields.organisationType.id}
        name="organisationType"
        label={t(fields.organisationType.label)}
        options={organisationTypeOptions(i18n)}
        value={values.organisationType}
        onValue={set('organisationType')}
        error={errors.organisationType}
      />
      <TextField
        id={fields.position.id}
        name="position"
        label={t(fields.position.label)}
        optional
        autoComplete="organization-title"
        maxLength={120}
        value={values.position}
        onValue={set('position')}
        error={errors.position}
      />
      <SelectField
        id={fields.language.id}
        name="language"
        label={t(fields.language.label)}
        options={languageOptions(i18n)}
        value={values.language}
        onValue={set('language')}
        error={errors.language}
      />
      {failure !== null && (
        <div class="notice notice-error" role="alert">
          <p>{problemMessage(i18n, failure)}</p>
          {stale && (
            <button type="button" class="button button-secondary" onClick={reloadLatest}>
              {t('me.reload')}
            </button>
          )}
        </div>
      )}
      <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
        {saving ? t('common.saving') : t('common.save')}
      </button>
      <ActionStatus state={status.state} />
    </form>
  );
}

function SignOutButton() {
  const i18n = useI18n();
  const [failure, setFailure] = useState<unknown>(null);

  async function signOut() {
    setFailure(null);
    try {
      await api.signOut();
    } catch (error) {
      // Already signed out on the server is signed out all the same.
      if (!(error instanceof ApiError && error.status === 401)) {
        setFailure(error);
        return;
      }
    }
    signedOut();
    navigate('/');
    announce(i18n.t('me.signedOut'));
  }

  return (
    <>
      {failure !== null && <ErrorNotice error={failure} />}
      <button type="button" class="button button-secondary" onClick={signOut}>
        {i18n.t('me.signOut')}
      </button>
    </>
  );
}
