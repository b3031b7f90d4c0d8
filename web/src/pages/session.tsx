import { useRef, useState } from 'preact/hooks';
import type { Member } from '#shared/schemas/member.ts';
import {
  type AccessibilityNeeds,
  accessNeeds,
  type Rsvp,
  type RsvpAnswer,
  type SessionDetail,
} from '#shared/schemas/session.ts';
import { announce } from '../announcer.ts';
import { ApiError } from '../api.ts';
import { TextField } from '../components/fields.tsx';
import { MemberPicker } from '../components/member-picker.tsx';
import { ErrorNotice, Loading, Notice, problemMessage } from '../components/notices.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { StatusBadge, whenText } from '../components/session-bits.tsx';
import { type I18n, useI18n } from '../i18n.ts';
import { calendarLink, sessionsApi } from '../sessions-api.ts';
import { themeName, useThemes } from '../themes.ts';
import { useLoad } from '../use-load.ts';

export default function SessionPage({ params }: { params: Record<string, string> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [loaded, reload] = useLoad(() => sessionsApi.get(params.id ?? ''));
  const heading = loaded.state === 'done' ? loaded.value.title[i18n.lang] : t('session.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' &&
        (loaded.error instanceof ApiError && loaded.error.status === 404 ? (
          <Notice>
            <p>{t('session.notFound')}</p>
            <p>
              <a href="/sessions">{t('session.backToList')}</a>
            </p>
          </Notice>
        ) : (
          <>
            <ErrorNotice error={loaded.error} />
            <button type="button" class="button button-secondary" onClick={reload}>
              {t('common.retry')}
            </button>
          </>
        ))}
      {loaded.state === 'done' && <SessionView initial={loaded.value} />}
    </>
  );
}

/** Answers and actions change parts of the session; it is read again quietly, without a loading state. */
function SessionView({ initial }: { initial: SessionDetail }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const themes = useThemes();
  const [session, setSession] = useState(initial);
  const refresh = async () => setSession(await sessionsApi.get(session.id));
  const speakersOf = (speakers: SessionDetail['agenda'][number]['speakers']) =>
    speakers.map((speaker) => (speaker.organisation ? `${speaker.name} (${speaker.organisation})` : speaker.name));

  return (
    <>
      <p>
        <StatusBadge status={session.status} i18n={i18n} /> {themeName(themes, session.theme, i18n)}
        {session.visibility === 'members' && <span class="tag">{t('session.membersOnly')}</span>}
      </p>
      <dl class="facts">
        <dt>{t('session.when')}</dt>
        <dd>{whenText(i18n, session)}</dd>
        <dt>{t('session.where')}</dt>
        <dd>
          {session.venue ? (
            <>
              {session.venue}{' '}
              <a href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(session.venue)}`}>
                {t('session.map')}
              </a>
            </>
          ) : (
            !session.onlineUrl && t('session.placeTbc')
          )}
          {session.onlineUrl && (
            <>
              {session.venue && <br />}
              {t('session.online')}: <a href={session.onlineUrl}>{session.onlineUrl}</a>
            </>
          )}
        </dd>
        <dt>{t('session.seats')}</dt>
        <dd>
          {session.capacity === null
            ? t('session.seatsOpen', { taken: session.seatsTaken })
            : t('session.seatsTaken', { taken: session.seatsTaken, capacity: session.capacity })}
        </dd>
      </dl>
      <p>
        <a class="button button-secondary" href={calendarLink(session.id)}>
          {t('session.addToCalendar')}
        </a>
      </p>
      {session.summary[lang] && (
        <section aria-labelledby="summary-heading" class="prose">
          <h2 id="summary-heading">{t('session.summary')}</h2>
          {session.summary[lang].split(/\n+/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t('session.agenda')}</h2>
        {session.agenda.length === 0 ? (
          <p>{t('session.agendaEmpty')}</p>
        ) : (
          <ol class="agenda">
            {session.agenda.map((item, index) => (
              <li key={`${index}-${item.time}`}>
                <span class="agenda-time">{item.time}</span>
                <div>
                  <strong>{item.title[lang]}</strong>
                  {item.speakers.length > 0 && (
                    <p class="muted">
                      {t('session.speakers')}: {speakersOf(item.speakers).join('; ')}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      {session.myRsvp !== undefined && <RsvpForm session={session} onAnswered={refresh} />}
      {session.rsvps && <Secretariat session={session} refresh={refresh} />}
    </>
  );
}

const noNeeds: AccessibilityNeeds = {
  signLanguage: false,
  stepFreeAccess: false,
  captioning: false,
  accessibleFormats: false,
  other: '',
};

function answerText({ t }: I18n, rsvp: Rsvp | null | undefined): string {
  return rsvp?.answer ? t(`rsvp.answer.${rsvp.answer}`) : t('rsvp.none');
}

function RsvpForm({ session, onAnswered }: { session: SessionDetail; onAnswered(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const mine = session.myRsvp;
  const [answer, setAnswer] = useState<RsvpAnswer | undefined>(mine?.answer ?? undefined);
  const [needs, setNeeds] = useState<AccessibilityNeeds>(mine?.needs ?? noNeeds);
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    setFailure(null);
    setMissing(!answer);
    if (!answer) return firstRadio.current?.focus();
    setSending(true);
    try {
      await sessionsApi.answer(session.id, answer, needs);
      announce(t('rsvp.saved', { answer: t(`rsvp.answer.${answer}`) }));
      await onAnswered().catch(() => undefined);
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      setFailure(
        code === 'session-full'
          ? t('rsvp.full')
          : code === 'rsvp-closed'
            ? t('rsvp.closed')
            : problemMessage(i18n, error),
      );
    }
    setSending(false);
  }

  return (
    <section aria-labelledby="rsvp-heading" class="card">
      <h2 id="rsvp-heading">{t('rsvp.heading')}</h2>
      <p>
        {t('rsvp.current')} <strong>{answerText(i18n, mine)}</strong>
      </p>
      {session.status !== 'scheduled' ? (
        <p>{t('rsvp.closed')}</p>
      ) : (
        <form class="form" noValidate onSubmit={submit}>
          <fieldset
            class={missing ? 'choices field-invalid' : 'choices'}
            aria-describedby={missing ? 'rsvp-answer-error' : undefined}
          >
            <legend>{t('rsvp.question')}</legend>
            {missing && (
              <p id="rsvp-answer-error" class="field-error">
                {t('rsvp.chooseAnswer')}
              </p>
            )}
            {(['yes', 'maybe', 'no'] as const).map((option, index) => (
              <label key={option} class="choice">
                <input
                  ref={index === 0 ? firstRadio : undefined}
                  type="radio"
                  name="answer"
                  value={option}
                  checked={answer === option}
                  onChange={() => setAnswer(option)}
                />
                {t(`rsvp.answer.${option}`)}
              </label>
            ))}
          </fieldset>
          <fieldset class="choices" aria-describedby="rsvp-needs-hint">
            <legend>{t('rsvp.needs')}</legend>
            <p id="rsvp-needs-hint" class="hint">
              {t('rsvp.needsHint')}
            </p>
            {accessNeeds.map((need) => (
              <label key={need} class="choice">
                <input
                  type="checkbox"
                  name={need}
                  checked={needs[need]}
                  onChange={(event) => setNeeds({ ...needs, [need]: event.currentTarget.checked })}
                />
                {t(`needs.${need}`)}
              </label>
            ))}
            <TextField
              id="rsvp-other"
              name="other"
              label={t('needs.other')}
              optional
              maxLength={500}
              value={needs.other}
              onValue={(other) => setNeeds({ ...needs, other })}
            />
          </fieldset>
          {failure && (
            <div class="notice notice-error" role="alert">
              {failure}
            </div>
          )}
          <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
            {sending ? t('common.saving') : t('rsvp.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

function Secretariat({ session, refresh }: { session: SessionDetail; refresh(): Promise<void> }) {
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
          <div class="table-scroll">
            <table class="data-table">
              <caption>{t('answers.listCaption')}</caption>
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
                    <td>{answerText(i18n, rsvp)}</td>
                    <td>{needsOf(rsvp)}</td>
                    <td>{rsvp.attended === null ? '' : t(rsvp.attended ? 'rsvp.answer.yes' : 'rsvp.answer.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
      announce(t('actions.done', { status: t(`sessionStatus.${to}`) }));
      await refresh().catch(() => undefined);
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
        <div class="notice notice-error confirm">
          <p id="cancel-confirm" tabIndex={-1}>
            {t('actions.cancelQuestion')}
          </p>
          <div class="button-row">
            {button('cancelled', t('actions.cancelConfirm'), 'button-danger')}
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => cancelButton.current?.focus());
              }}
            >
              {t('actions.cancelKeep')}
            </button>
          </div>
        </div>
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

  function add(member: Member) {
    setRows((current) =>
      current.some((row) => row.memberId === member.id)
        ? current.map((row) => (row.memberId === member.id ? { ...row, attended: true } : row))
        : [...current, { memberId: member.id, name: `${member.name} (${member.organisation})`, attended: true }],
    );
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
        <MemberPicker id="attendance-search" label={t('attendance.addSearch')} onPick={add} />
        {failure !== null && <ErrorNotice error={failure} />}
        <button type="submit" class="button" aria-disabled={saving ? 'true' : undefined}>
          {saving ? t('common.saving') : t('attendance.save')}
        </button>
      </form>
    </section>
  );
}
