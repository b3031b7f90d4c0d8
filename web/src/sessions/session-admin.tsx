import { useEffect, useRef, useState } from 'preact/hooks';
import { accessNeeds } from '#shared/constants.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Rsvp, SessionDetail } from '#shared/schemas/session.ts';
import { announce } from '../app/announcer.ts';
import { ApiError } from '../app/api.ts';
import { addMessages, type I18n, useI18n } from '../app/i18n.ts';
import { countActiveMembers } from '../members/active-members.ts';
import type { MemberPicker } from '../members/member-picker.tsx';
import { ActionStatus, useActionStatus } from '../ui/action-status.tsx';
import { ConfirmBox, problemMessage } from '../ui/notices.tsx';
import { SessionRecords } from './mail-record.tsx';
import { NeedsSummaryTable } from './needs-summary-table.tsx';
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
            <NeedsSummaryTable
              needs={summary.needs}
              caption={t('answers.needsCaption')}
              needHeading={t('answers.need')}
              peopleHeading={t('answers.people')}
            />
          </>
        )}
        {rsvps.length === 0 ? (
          <p>{t('answers.none')}</p>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section class="table-scroll" tabIndex={0} aria-labelledby="answers-caption">
            <table class="data-table stack-table">
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
                    <td data-label={t('member.organisation')}>{rsvp.organisation}</td>
                    <td data-label={t('answers.answer')}>{rsvp.answer ? t(`rsvp.answer.${rsvp.answer}`) : ''}</td>
                    <td data-label={t('answers.needs')}>{needsOf(rsvp)}</td>
                    <td data-label={t('answers.attended')}>
                      {rsvp.attended === null ? '' : t(rsvp.attended ? 'rsvp.answer.yes' : 'rsvp.answer.no')}
                    </td>
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
      <SessionRecords sessionId={session.id} />
    </>
  );
}

type Target = 'scheduled' | 'held' | 'cancelled';
/** What the secretariat is asked to confirm: a move, where reopening is the move back to scheduled. */
type Question = 'schedule' | 'held' | 'reopen' | 'cancel';

const targetOf: Record<Question, Target> = {
  schedule: 'scheduled',
  held: 'held',
  reopen: 'scheduled',
  cancel: 'cancelled',
};

/** The workflow's refusals (409), said in words; see functions/domain/sessions.ts. */
function refusalText(i18n: I18n, error: unknown): string {
  const { t } = i18n;
  if (error instanceof ApiError && error.code === 'schedule-in-the-past') return t('actions.scheduleInThePast');
  if (error instanceof ApiError && error.code === 'held-before-start') return t('actions.heldBeforeStart');
  if (error instanceof ApiError && error.status === 409) return t('actions.notAllowed');
  return problemMessage(i18n, error);
}

/**
 * The status moves, each asked first in a ConfirmBox focused when it opens: scheduling says how
 * many members will be invited (counted before the question opens, so that it is read out whole).
 */
function Actions({ session, refresh }: { session: SessionDetail; refresh(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Question | null>(null);
  const [invitees, setInvitees] = useState<number | null>(null);
  // The error, not its words: a language switch says it again in the other language.
  const [failure, setFailure] = useState<unknown>(null);
  const status = useActionStatus();
  const openers = {
    schedule: useRef<HTMLButtonElement>(null),
    held: useRef<HTMLButtonElement>(null),
    reopen: useRef<HTMLButtonElement>(null),
    cancel: useRef<HTMLButtonElement>(null),
  };
  const open = session.status === 'draft' || session.status === 'scheduled';

  // The question, or the refusal that took its place, takes the focus once it is on the page.
  useEffect(() => {
    if (asking) document.getElementById(`${asking}-confirm`)?.focus();
  }, [asking]);
  useEffect(() => {
    if (failure !== null) document.getElementById('action-failure')?.focus();
  }, [failure]);

  function ask(question: Question) {
    setFailure(null);
    status.clear();
    setAsking(question);
  }

  async function askToSchedule() {
    if (busy) return;
    setBusy(true);
    // Unknown when the count fails: the question then says "every active member", unnumbered.
    setInvitees(await countActiveMembers().catch(() => null));
    setBusy(false);
    ask('schedule');
  }

  async function move(question: Question) {
    if (busy) return;
    const to = targetOf[question];
    setBusy(true);
    setFailure(null);
    status.inProgress(t('common.saving'));
    try {
      await sessionsApi.transition(session.id, to);
      setAsking(null);
      // The page shows the new status first, so that what is announced is what a look finds.
      await refresh().catch(() => undefined);
      status.succeeded(t('actions.done', { status: t(`sessionStatus.${to}`) }));
    } catch (error) {
      status.clear();
      setAsking(null);
      setFailure(error);
    }
    setBusy(false);
  }

  const opener = (question: Question, label: string, onClick: () => void, extra = 'button-secondary') => (
    <button
      ref={openers[question]}
      type="button"
      class={`button ${extra}`}
      aria-disabled={busy ? 'true' : undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );

  const questions: Record<Question, { text: string; confirm: string; keep: string; danger?: boolean }> = {
    schedule: {
      text:
        invitees === null ? t('actions.scheduleQuestionUncounted') : i18n.tPlural('actions.scheduleQuestion', invitees),
      confirm: t('actions.scheduleConfirm'),
      keep: t('actions.keep'),
    },
    held: { text: t('actions.heldQuestion'), confirm: t('actions.heldConfirm'), keep: t('actions.keep') },
    reopen: { text: t('actions.reopenQuestion'), confirm: t('actions.reopenConfirm'), keep: t('actions.keep') },
    cancel: {
      text: t('actions.cancelQuestion'),
      confirm: t('actions.cancelConfirm'),
      keep: t('actions.cancelKeep'),
      danger: true,
    },
  };
  const question = asking ? questions[asking] : null;

  return (
    <section aria-labelledby="manage-heading" class="card">
      <h2 id="manage-heading">{t('actions.heading')}</h2>
      {failure !== null && (
        <p id="action-failure" class="action-error" role="alert" tabIndex={-1}>
          {refusalText(i18n, failure)}
        </p>
      )}
      {session.status === 'draft' && <p class="hint">{t('actions.scheduleHint')}</p>}
      {session.status === 'held' && <p class="hint">{t('actions.reopenHint')}</p>}
      <div class="button-row">
        {session.status !== 'cancelled' && (
          <a class="button button-secondary" href={`/sessions/${session.id}/edit`}>
            {t('actions.edit')}
          </a>
        )}
        {!asking && (
          <>
            {session.status === 'draft' &&
              opener('schedule', busy ? t('actions.counting') : t('actions.schedule'), askToSchedule, '')}
            {session.status === 'scheduled' && opener('held', t('actions.markHeld'), () => ask('held'), '')}
            {session.status === 'held' && opener('reopen', t('actions.reopen'), () => ask('reopen'))}
            {open && opener('cancel', t('actions.cancel'), () => ask('cancel'), 'button-danger')}
          </>
        )}
      </div>
      {asking && question && (
        <ConfirmBox
          id={`${asking}-confirm`}
          question={question.text}
          danger={question.danger}
          confirm={
            <button
              type="button"
              class={question.danger ? 'button button-danger' : 'button'}
              aria-disabled={busy ? 'true' : undefined}
              onClick={() => move(asking)}
            >
              {question.confirm}
            </button>
          }
          keepLabel={question.keep}
          onKeep={() => setAsking(null)}
          opener={openers[asking]}
        />
      )}
      <ActionStatus state={status.state} />
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
  const status = useActionStatus();
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
    status.inProgress(t('common.saving'));
    try {
      await sessionsApi.attendance(
        session.id,
        rows.map(({ memberId, attended }) => ({ memberId, attended })),
      );
      await refresh().catch(() => undefined);
      status.succeeded(t('attendance.saved'));
    } catch (error) {
      status.failed(error);
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
                    (error: unknown) => status.failed(error),
                  )
            }
          >
            {t('attendance.add')}
          </button>
        </p>
        {Picker && <Picker id="attendance-search" label={t('attendance.addSearch')} onPick={add} />}
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('common.saving') : t('attendance.save')}
        </button>
        <ActionStatus state={status.state} />
      </form>
    </section>
  );
}
