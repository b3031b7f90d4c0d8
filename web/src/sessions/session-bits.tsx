import type { Session, SessionStatus } from '#shared/schemas/session.ts';
import { bakuParts } from '../app/baku-time.ts';
import type { I18n, MessageSource } from '../app/i18n.ts';

/** The messages the list and the session page share; each page names them in its `messages`. */
export const sessionsMessages: MessageSource = {
  az: () => import('#shared/i18n/az-sessions.ts').then((module) => module.azSessions),
  en: () => import('#shared/i18n/en-sessions.ts').then((module) => module.enSessions),
};

/** "Thursday, 10 December 2026, 10:00–13:00 (Baku time)": always in Baku, the zone named. */
export function whenText({ t, formatDateTime }: I18n, session: Pick<Session, 'startsAt' | 'endsAt'>): string {
  const start = bakuParts(session.startsAt);
  const end = bakuParts(session.endsAt);
  const until = end.date === start.date ? end.time : formatDateTime(session.endsAt, { time: true, weekday: true });
  return `${formatDateTime(session.startsAt, { time: true, weekday: true })}–${until} (${t('sessions.bakuTime')})`;
}

export function StatusBadge({ status, i18n }: { status: SessionStatus; i18n: I18n }) {
  return <span class={`badge badge-${status}`}>{i18n.t(`sessionStatus.${status}`)}</span>;
}
