import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Member, UpdateMember } from '#shared/schemas/member.ts';
import { announce } from '../app/announcer.ts';
import { ApiError, api } from '../app/api.ts';
import { useI18n } from '../app/i18n.ts';
import { signedInAs } from '../app/session.ts';
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
  // Deactivating shuts a member out: asked first; reactivating and roles are not.
  const [confirmingDeactivation, setConfirmingDeactivation] = useState(false);
  const deactivateButton = useRef<HTMLButtonElement>(null);
  const confirmId = `deactivate-confirm-${member.id}`;

  async function change(changes: UpdateMember) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const updated = await api.updateMember(member, changes);
      setConfirmingDeactivation(false);
      onChanged(updated);
      if (isMe) signedInAs(updated);
      announce(
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
    try {
      await api.resendInvitation(member.id);
      announce(t('admin.invitationResent', { name: member.name }));
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
        <ActionButton
          label={t(nextRole === 'secretariat' ? 'admin.makeSecretariat' : 'admin.makeMember')}
          member={member}
          busy={busy}
          onClick={() => change({ role: nextRole })}
        />
        {!confirmingDeactivation && (
          <ActionButton
            label={t(nextStatus === 'deactivated' ? 'admin.deactivate' : 'admin.reactivate')}
            member={member}
            busy={busy}
            danger={nextStatus === 'deactivated'}
            buttonRef={deactivateButton}
            onClick={() => {
              if (nextStatus === 'active') return change({ status: nextStatus });
              setMessage(null);
              setConfirmingDeactivation(true);
              setTimeout(() => document.getElementById(confirmId)?.focus());
            }}
          />
        )}
        {member.status === 'invited' && (
          <ActionButton label={t('admin.resendInvitation')} member={member} busy={busy} onClick={resendInvitation} />
        )}
      </div>
      {confirmingDeactivation && (
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
          onKeep={() => setConfirmingDeactivation(false)}
          opener={deactivateButton}
        />
      )}
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
