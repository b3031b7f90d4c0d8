import { useRef, useState } from 'preact/hooks';
import { guestLinkStatuses } from '#shared/constants.ts';
import type { AccessibilityNeeds, Rsvp, RsvpAnswer, SessionDetail } from '#shared/schemas/session.ts';
import { ApiError } from '../app/api.ts';
import { addMessages, type I18n, type MessageSource, useI18n } from '../app/i18n.ts';
import { read, readAhead } from '../app/read-ahead.ts';
import { signInHref } from '../app/return-to.ts';
import { loadThemes, themeName, useThemes } from '../app/themes.ts';
import { ActionStatus, useActionStatus } from '../ui/action-status.tsx';
import { DetailPage } from '../ui/detail-page.tsx';
import { Notice, problemMessage } from '../ui/notices.tsx';
import { cancelTokenInLocation, GuestCancel } from './guest-cancel.tsx';
import type { GuestForm } from './guest-form.tsx';
import { NeedsFields } from './needs-fields.tsx';
import { recordsMessages } from './records-messages.ts';
import type { SessionAdmin } from './session-admin.tsx';
import { StatusBadge, sessionsMessages, whenText } from './session-bits.tsx';
import { readSessionDocumentsAhead, SessionDocuments } from './session-documents.tsx';
import { calendarLink, sessionsApi } from './sessions-api.ts';

const detailMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-detail.ts').then((module) => module.azSessionDetail),
  en: () => import('#shared/i18n/en-session-detail.ts').then((module) => module.enSessionDetail),
};

/** The secretariat's messages, fetched with their part of the page. */
const adminMessages: MessageSource = {
  az: () => import('#shared/i18n/az-session-admin.ts').then((module) => module.azSessionAdmin),
  en: () => import('#shared/i18n/en-session-admin.ts').then((module) => module.enSessionAdmin),
};

export const messages = [sessionsMessages, detailMessages];

async function load(id: string) {
  const [session] = await Promise.all([sessionsApi.get(id), loadThemes().catch(() => undefined)]);
  // The secretariat's tools are their own chunk: members and visitors never download them.
  const admin = session.rsvps
    ? (await Promise.all([import('./session-admin.tsx'), addMessages(adminMessages, recordsMessages)]))[0]
    : null;
  // So is the guests' form: only visitors without an account at a public, scheduled session see it.
  const guests =
    session.myRsvp === undefined && session.status === 'scheduled' && session.visibility === 'public'
      ? await import('./guest-form.tsx')
      : null;
  return { session, Admin: admin?.SessionAdmin, Guests: guests?.GuestForm };
}

const sessionRead = (id: string) => read(`session ${id}`, () => load(id));

export const firstReads = (params: Record<string, string>) =>
  Promise.all([readAhead(sessionRead(params.id ?? '')), readSessionDocumentsAhead(params.id ?? '')]);

export default function SessionPage({ params }: { params: Record<string, string> }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <DetailPage
      load={sessionRead(params.id ?? '')}
      title={t('session.heading')}
      titleOf={(loaded) => loaded.session.title[i18n.lang]}
      notFound={{ message: t('session.notFound'), backTo: '/sessions', backLabel: t('session.backToList') }}
    >
      {(loaded) => <SessionView initial={loaded.session} Admin={loaded.Admin} Guests={loaded.Guests} />}
    </DetailPage>
  );
}

/** Answers and actions change parts of the session; it is read again quietly, without a loading state. */
function SessionView({
  initial,
  Admin,
  Guests,
}: {
  initial: SessionDetail;
  Admin?: typeof SessionAdmin | undefined;
  Guests?: typeof GuestForm | undefined;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const themes = useThemes();
  const [session, setSession] = useState(initial);
  const refresh = async () => setSession(await sessionsApi.get(session.id));
  // Where the links in a guest's emails lead: `?guest=confirmed`, `cancelled`, …
  const [guestStatus, setGuestStatus] = useState(() =>
    guestStatuses.find((status) => status === new URLSearchParams(location.search).get('guest')),
  );
  const cancelToken = new URLSearchParams(location.search).get('guest') === 'cancel' && cancelTokenInLocation();
  const materialsOf = (index: number) => (session.materials ?? []).filter((material) => material.agendaItem === index);
  const speakersOf = (speakers: SessionDetail['agenda'][number]['speakers']) =>
    speakers.map((speaker) => (speaker.organisation ? `${speaker.name} (${speaker.organisation})` : speaker.name));

  return (
    <>
      {cancelToken && !guestStatus && <GuestCancel token={cancelToken} onDone={setGuestStatus} />}
      {guestStatus && (
        <Notice tone={guestStatus === 'confirmed' || guestStatus === 'cancelled' ? 'success' : 'error'}>
          <p>{t(`guest.status.${guestStatus}`)}</p>
        </Notice>
      )}
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
                  {materialsOf(index).length > 0 && (
                    <p>
                      {t('agenda.materials')}:{' '}
                      {materialsOf(index).map((material, position) => (
                        <span key={material.id}>
                          {position > 0 && '; '}
                          <a href={`/documents/${material.id}`}>{material.title}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      {session.myRsvp !== undefined ? (
        <RsvpForm session={session} onAnswered={refresh} />
      ) : (
        session.status === 'scheduled' && (
          <>
            <p>
              <a href={signInHref(`/sessions/${session.id}`)}>{t('rsvp.signIn')}</a>
            </p>
            {Guests && session.visibility === 'public' && <Guests sessionId={session.id} />}
          </>
        )
      )}
      <OutcomesLink session={session} writer={Admin !== undefined} />
      <SessionDocuments sessionId={session.id} />
      {Admin && <Admin session={session} refresh={refresh} />}
    </>
  );
}

/**
 * The way to the session's outcomes wherever they exist or are due: read once published, and for
 * the secretariat (`writer`) written once held, corrected once published.
 */
function OutcomesLink({ session, writer }: { session: SessionDetail; writer: boolean }) {
  const { t } = useI18n();
  if (session.status !== 'held' && session.status !== 'published') return null;
  const published = session.status === 'published';
  if (!published && !writer) {
    return (
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('session.outcomes')}</h2>
        <p>{t('session.outcomesComing')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t('session.outcomes')}</h2>
      <p class="button-row">
        {published && (
          <a class="button" href={`/outcomes/${session.id}`}>
            {t('session.readOutcomes')}
          </a>
        )}
        {writer && (
          <a class={published ? 'button button-secondary' : 'button'} href={`/sessions/${session.id}/outcomes/edit`}>
            {t(published ? 'session.correctOutcomes' : 'session.writeOutcomes')}
          </a>
        )}
      </p>
    </section>
  );
}

const guestStatuses = guestLinkStatuses;

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
  const status = useActionStatus();
  const [sending, setSending] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (sending) return;
    status.clear();
    setMissing(!answer);
    if (!answer) return firstRadio.current?.focus();
    setSending(true);
    status.inProgress(t('common.saving'));
    try {
      await sessionsApi.answer(session.id, answer, needs);
      // The page shows the new answer first, so that what is said is what a look finds.
      await onAnswered().catch(() => undefined);
      status.succeeded(t('rsvp.saved', { answer: t(`rsvp.answer.${answer}`) }));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : '';
      status.failed(
        error,
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
          <NeedsFields idPrefix="rsvp" needs={needs} onNeeds={setNeeds} />
          <button type="submit" class="button" aria-disabled={sending ? 'true' : undefined}>
            {sending ? t('common.saving') : t('rsvp.submit')}
          </button>
          <ActionStatus state={status.state} />
        </form>
      )}
    </section>
  );
}
