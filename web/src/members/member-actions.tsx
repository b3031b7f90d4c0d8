import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Member, UpdateMember } from '#shared/schemas/member.ts';
import { ApiError, api } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { signedInAs } from '../app/session.ts';
import { ActionStatus, useActionStatus } from '../ui/action-status.tsx';
import { ConfirmBox, problemMessage } from '../ui/notices.tsx';

/** The secretariat's buttons on one member: role and status, each a conditional update. */
export function MemberActions({
  member,
  isMe,
  onChanged,
}: {
  member: Member;
  isMe: boolean;
  onChanged(member: Member): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const status = useActionStatus();
  // Deactivating shuts a member out and a role change gives or takes every tool: both asked first.
  const [asking, setAsking] = useState<'deactivate' | 'role' | null>(null);
  const deactivateButton = useRef<HTMLButtonElement>(null);
  const roleButton = useRef<HTMLButtonElement>(null);
  const confirmId = `${asking}-confirm-${member.id}`;

  function ask(question: 'deactivate' | 'role') {
    setMessage(null);
    status.clear();
    setAsking(question);
    setTimeout(() => document.getElementById(`${question}-confirm-${member.id}`)?.focus());
  }

  async function change(changes: UpdateMember) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    status.clear();
    try {
      const updated = await api.updateMember(member, changes);
      setAsking(null);
      onChanged(updated);
      if (isMe) signedInAs(updated);
      status.succeeded(
        changes.role
          ? t('admin.roleChanged', { name: updated.name, role: t(`role.${updated.role}`) })
          : t('admin.statusChanged', { name: updated.name, status: t(`status.${updated.status}`) }),
      );
    } catch (error) {
      setMessage(await explain(error));
    } finally {
      setBusy(false);
    }
  }

  async function resendInvitation() {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    status.clear();
    try {
      await api.resendInvitation(member.id);
      status.succeeded(t('admin.invitationResent', { name: member.name }));
    } catch (error) {
      setMessage(problemMessage(i18n, error));
    } finally {
      setBusy(false);
    }
  }

  async function explain(error: unknown): Promise<string> {
    if (error instanceof ApiError && error.code === 'last-secretariat') return t('admin.lastSecretariat');
    if (error instanceof ApiError && error.status === 412) {
      try {
        onChanged(await api.getMember(member.id));
        return t('admin.staleReloaded', { name: member.name });
      } catch (reloadError) {
        return problemMessage(i18n, reloadError);
      }
    }
    return problemMessage(i18n, error);
  }

  const nextRole = member.role === 'secretariat' ? 'member' : 'secretariat';
  const nextStatus = member.status === 'deactivated' ? 'active' : 'deactivated';
  return (
    <div class="member-actions">
      {message && (
        <p class="action-error" role="alert">
          {message}
        </p>
      )}
      <div class="button-row">
        {asking !== 'role' && (
          <ActionButton
            label={t(nextRole === 'secretariat' ? 'admin.makeSecretariat' : 'admin.makeMember')}
            member={member}
            busy={busy}
            buttonRef={roleButton}
            onClick={() => ask('role')}
          />
        )}
        {asking !== 'deactivate' && (
          <ActionButton
            label={t(nextStatus === 'deactivated' ? 'admin.deactivate' : 'admin.reactivate')}
            member={member}
            busy={busy}
            danger={nextStatus === 'deactivated'}
            buttonRef={deactivateButton}
            onClick={() => {
              if (nextStatus === 'active') return change({ status: nextStatus });
              ask('deactivate');
            }}
          />
        )}
        {member.status === 'invited' && (
          <ActionButton label={t('admin.resendInvitation')} member={member} busy={busy} onClick={resendInvitation} />
        )}
      </div>
      {asking === 'role' && (
        <ConfirmBox
          id={confirmId}
          question={t(nextRole === 'secretariat' ? 'admin.makeSecretariatQuestion' : 'admin.makeMemberQuestion', {
            name: member.name,
          })}
          confirm={
            <button
              type="button"
              class="button"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => change({ role: nextRole })}
            >
              {t('admin.roleConfirm')}
            </button>
          }
          keepLabel={t('admin.roleKeep')}
          onKeep={() => setAsking(null)}
          opener={roleButton}
        />
      )}
      {asking === 'deactivate' && (
        <ConfirmBox
          id={confirmId}
          question={t('admin.deactivateQuestion', { name: member.name })}
          danger
          confirm={
            <button
              type="button"
              class="button button-danger"
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => change({ status: 'deactivated' })}
            >
              {t('admin.deactivateConfirm')}
            </button>
          }
          keepLabel={t('admin.deactivateKeep')}
          onKeep={() => setAsking(null)}
          opener={deactivateButton}
        />
      )}
      <ActionStatus state={status.state} />
    </div>
  );
}

/** Says whom it acts on, since a list holds many buttons of the same label. */
function ActionButton({
  label,
  member,
  busy,
  danger = false,
  buttonRef,
  onClick,
}: {
  label: string;
  member: Member;
  busy: boolean;
  danger?: boolean;
  buttonRef?: RefObject<HTMLButtonElement | null>;
  onClick(): void;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class={danger ? 'button button-danger' : 'button button-secondary'}
      aria-label={`${label}: ${member.name}`}
      aria-disabled={busy ? 'true' : undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
