import type { OutgoingMail } from '#functions/data/mail.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { Member } from '#shared/schemas/member.ts';
import { type Session, sessionTimeZone } from '#shared/schemas/session.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { bilingualMail, type MailPart } from './layout.ts';

const locales: Record<Language, string> = { az: 'az-Latn-AZ', en: 'en-GB' };

/** "10 dekabr 2026, 10:00–13:00 (Bakı vaxtı)": always in Baku time, with the zone named. */
export function whenText(session: Pick<Session, 'startsAt' | 'endsAt'>, language: Language): string {
  const date = new Intl.DateTimeFormat(locales[language], { timeZone: sessionTimeZone, dateStyle: 'long' });
  const time = new Intl.DateTimeFormat(locales[language], { timeZone: sessionTimeZone, timeStyle: 'short' });
  const zone = language === 'az' ? 'Bakı vaxtı' : 'Baku time';
  return `${date.format(new Date(session.startsAt))}, ${time.format(new Date(session.startsAt))}–${time.format(new Date(session.endsAt))} (${zone})`;
}

function whereText(session: Pick<Session, 'venue' | 'onlineUrl'>, language: Language): string {
  const online = language === 'az' ? 'Onlayn' : 'Online';
  return [session.venue, session.onlineUrl ? `${online}: ${session.onlineUrl}` : ''].filter(Boolean).join(' · ');
}

export interface SessionMailContext {
  session: Session;
  theme?: Theme;
  portalOrigin: string;
  ics: string;
}

type Kind = 'invitation' | 'changed' | 'cancelled';

const wording: Record<Kind, Record<Language, { subject: string; lead: string; action: string }>> = {
  invitation: {
    az: {
      subject: 'Dəvət',
      lead: 'İşçi qrupun növbəti iclasına dəvət olunursunuz.',
      action: 'İclas və iştirak cavabı',
    },
    en: {
      subject: 'Invitation',
      lead: 'You are invited to the working group’s next session.',
      action: 'Session and RSVP',
    },
  },
  changed: {
    az: {
      subject: 'Dəyişiklik',
      lead: 'Qeydiyyatdan keçdiyiniz iclasın vaxtı və ya yeri dəyişib.',
      action: 'Yenilənmiş iclas',
    },
    en: {
      subject: 'Changed',
      lead: 'The time or place of a session you answered has changed.',
      action: 'The updated session',
    },
  },
  cancelled: {
    az: { subject: 'Ləğv edildi', lead: 'Qeydiyyatdan keçdiyiniz iclas ləğv edilib.', action: 'İclas səhifəsi' },
    en: { subject: 'Cancelled', lead: 'A session you answered has been cancelled.', action: 'Session page' },
  },
};

/** A bilingual session email with the calendar entry attached. */
export function sessionMail(
  kind: Kind,
  member: Pick<Member, 'email' | 'name' | 'language'>,
  context: SessionMailContext,
): OutgoingMail {
  const { session, theme, portalOrigin, ics } = context;
  const part = (language: Language): MailPart => {
    const words = wording[kind][language];
    const where = whereText(session, language);
    return {
      subject: `${words.subject}: ${session.title[language]}`,
      paragraphs: [
        language === 'az' ? `Hörmətli ${member.name},` : `Dear ${member.name},`,
        words.lead,
        session.title[language],
        ...(theme ? [theme.name[language]] : []),
        whenText(session, language),
        ...(where ? [where] : []),
      ],
      action: { label: words.action, url: `${portalOrigin}/sessions/${session.id}` },
      footnote:
        language === 'az' ? 'Təqvim faylı (.ics) məktuba əlavə olunub.' : 'The calendar entry (.ics) is attached.',
    };
  };
  const mail = bilingualMail(member.email, member.language, { az: part('az'), en: part('en') });
  const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return {
    ...mail,
    attachments: [
      { fileName: 'session.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content: ics },
    ],
  };
}
