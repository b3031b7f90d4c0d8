import { useRef, useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import { accessNeeds, type Rsvp, type SessionDetail } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { addMessages, useI18n } from '../app/i18n.ts';
import type { MemberPicker } from '../members/member-picker.tsx';
import { ConfirmBox, ErrorNotice, problemMessage } from '../ui/notices.tsx';
import { sessionsApi } from './sessions-api.ts';

/**
 * The secretariat's part of the session page: status actions, every answer with the needs summed
 * up, and attendance once the session is held. Loaded only for the secretariat.
 */
export function SessionAdmin({ session, refresh }: { session: SessionDetail; refresh(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rsvps = session.rsvps ?? [];
  const summary = session.rsvpSummary;
  const needsOf = (rsvp: Rsvp) =>
    [...accessNeeds.filter((need) => rsvp.needs[need]).map((need) => t(`needs.${need}`)), rsvp.needs.other]
      .filter(Boolean)
      .join('; ');
  return (
    <>
      <Actions session={session} refresh={refresh} />
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('answers.heading')}</h2>
        {summary && (
          <>
            <p>
              {(['yes', 'maybe', 'no', 'attended'] as const)
                .map((key) => `${t(key === 'attended' ? 'answers.attended' : `rsvp.answer.${key}`)}: ${summary[key]}`)
                .join(' · ')}
            </p>
            <table class="data-table needs-summary">
              <caption>{t('answers.needsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('answers.need')}</th>
                  <th scope="col">{t('answers.people')}</th>
                </tr>
              </thead>
              <tbody>
                {accessNeeds.map((need) => (
                  <tr key={need}>
                    <th scope="row">{t(`needs.${need}`)}</th>
                    <td>{summary.needs[need]}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('needs.other')}</th>
                  <td>{summary.needs.other.join('; ') || 0}</td>
                </tr>
              </tbody>
            </table>
          </>
        )}
        {rsvps.length === 0 ? (
          <p>{t('answers.none')}</p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section class="table-scroll" tabIndex={0} aria-labelledby="answers-caption">
            <table class="data-table">
              <caption id="answers-caption">{t('answers.listCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('member.name')}</th>
                  <th scope="col">{t('member.organisation')}</th>
                  <th scope="col">{t('answers.answer')}</th>
                  <th scope="col">{t('answers.needs')}</th>
                  <th scope="col">{t('answers.attended')}</th>
                </tr>
              </thead>
              <tbody>
                {rsvps.map((rsvp) => (
                  <tr key={rsvp.memberId}>
                    <th scope="row">{rsvp.memberName}</th>
                    <td>{rsvp.organisation}</td>
                    <td>{rsvp.answer ? t(`rsvp.answer.${rsvp.answer}`) : ''}</td>
                    <td>{needsOf(rsvp)}</td>
                    <td>{rsvp.attended === null ? '' : t(rsvp.attended ? 'rsvp.answer.yes' : 'rsvp.answer.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </section>
      {(session.status === 'held' || session.status === 'published') && (
        <Attendance session={session} refresh={refresh} />
      )}
    </>
  );
}

type Target = 'scheduled' | 'held' | 'cancelled';

function Actions({ session, refresh }: { session: SessionDetail; refresh(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const open = session.status === 'draft' || session.status === 'scheduled';

  async function move(to: Target) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await sessionsApi.transition(session.id, to);
      setConfirming(false);
      // The page shows the new status first, so that what is announced is what a look finds.
      await refresh().catch(() => undefined);
      announce(t('actions.done', { status: t(`sessionStatus.${to}`) }));
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.status === 409 ? t('actions.notAllowed') : problemMessage(i18n, error),
      );
    }
    setBusy(false);
  }

  const button = (to: Target, label: string, extra = '') => (
    <button type="button" class={`button ${extra}`} aria-disabled={busy ? 'true' : undefined} onClick={() => move(to)}>
      {label}
    </button>
  );

  return (
    <section aria-labelledby="manage-heading" class="card">
      <h2 id="manage-heading">{t('actions.heading')}</h2>
      {failure && (
        <p class="action-error" role="alert">
          {failure}
        </p>
      )}
      {session.status === 'draft' && <p class="hint">{t('actions.scheduleHint')}</p>}
      <div class="button-row">
        {session.status !== 'cancelled' && (
          <a class="button button-secondary" href={`/sessions/${session.id}/edit`}>
            {t('actions.edit')}
          </a>
        )}
        {session.status === 'draft' && button('scheduled', t('actions.schedule'))}
        {session.status === 'scheduled' && button('held', t('actions.markHeld'))}
        {open && !confirming && (
          <button
            ref={cancelButton}
            type="button"
            class="button button-danger"
            onClick={() => {
              setConfirming(true);
              setTimeout(() => document.getElementById('cancel-confirm')?.focus());
            }}
          >
            {t('actions.cancel')}
          </button>
        )}
      </div>
      {open && confirming && (
        <ConfirmBox
          id="cancel-confirm"
          question={t('actions.cancelQuestion')}
          danger
          confirm={button('cancelled', t('actions.cancelConfirm'), 'button-danger')}
          keepLabel={t('actions.cancelKeep')}
          onKeep={() => setConfirming(false)}
          opener={cancelButton}
        />
      )}
    </section>
  );
}

interface Present {
  memberId: string;
  name: string;
  attended: boolean;
}

/** Who came: everyone who answered, and anyone else added by search; saved as one list. */
function Attendance({ session, refresh }: { session: SessionDetail; refresh(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [rows, setRows] = useState<Present[]>(() =>
    (session.rsvps ?? []).map((rsvp) => ({
      memberId: rsvp.memberId,
      name: `${rsvp.memberName} (${rsvp.organisation})`,
      attended: rsvp.attended === true,
    })),
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // The member search is downloaded when first opened: most sessions need no one added.
  const [Picker, setPicker] = useState<typeof MemberPicker | null>(null);

  function add(member: Member) {
    setRows((current) =>
      current.some((row) => row.memberId === member.id)
        ? current.map((row) => (row.memberId === member.id ? { ...row, attended: true } : row))
        : [...current, { memberId: member.id, name: `${member.name} (${member.organisation})`, attended: true }],
    );
    setPicker(null);
    document.getElementById('attendance-add')?.focus();
    announce(t('attendance.added', { name: member.name }));
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (saving || rows.length === 0) return;
    setSaving(true);
    setFailure(null);
    try {
      await sessionsApi.attendance(
        session.id,
        rows.map(({ memberId, attended }) => ({ memberId, attended })),
      );
      announce(t('attendance.saved'));
      await refresh().catch(() => undefined);
    } catch (error) {
      setFailure(error);
    }
    setSaving(false);
  }

  return (
    <section aria-labelledby="attendance-heading" class="card">
      <h2 id="attendance-heading">{t('attendance.heading')}</h2>
      <form class="form" noValidate onSubmit={submit}>
        <fieldset class="choices">
          <legend>{t('attendance.legend')}</legend>
          {rows.length === 0 && <p>{t('attendance.nobody')}</p>}
          {rows.map((row) => (
            <label key={row.memberId} class="choice">
              <input
                type="checkbox"
                checked={row.attended}
                onChange={(event) => {
                  const attended = event.currentTarget.checked;
                  setRows((current) => current.map((r) => (r.memberId === row.memberId ? { ...r, attended } : r)));
                }}
              />
              {row.name}
            </label>
          ))}
        </fieldset>
        <p>
          <button
            id="attendance-add"
            type="button"
            class="button button-secondary button-small"
            aria-expanded={Picker !== null}
            onClick={() =>
              Picker
                ? setPicker(null)
                : import('../members/member-picker.tsx').then(
                    async (module) => {
                      await addMessages(module.pickerMessages);
                      setPicker(() => module.MemberPicker);
                    },
                    (error: unknown) => setFailure(error),
                  )
            }
          >
            {t('attendance.add')}
          </button>
        </p>
        {Picker && <Picker id="attendance-search" label={t('attendance.addSearch')} onPick={add} />}
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('common.saving') : t('attendance.save')}
        </button>
      </form>
    </section>
  );
}
