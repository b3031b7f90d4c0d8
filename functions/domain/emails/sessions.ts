import type { OutgoingMail } from '#functions/data/mail.ts';
import { accessNeeds, sessionTimeZone } from '#shared/constants.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { AccessibilityNeeds, Session } from '#shared/schemas/session.ts';
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

function agendaText(session: Pick<Session, 'agenda'>, language: Language): string[] {
  if (session.agenda.length === 0) return [];
  return [
    language === 'az' ? 'Gündəlik:' : 'Agenda:',
    ...session.agenda.map((item) => `${item.time} ${item.title[language]}`),
  ];
}

const needWords: Record<(typeof accessNeeds)[number], Record<Language, string>> = {
  signLanguage: { az: 'işarə dili tərcüməsi', en: 'sign-language interpretation' },
  stepFreeAccess: { az: 'pilləsiz giriş', en: 'step-free access' },
  captioning: { az: 'subtitrlər', en: 'captioning' },
  accessibleFormats: { az: 'əlçatan formatda materiallar', en: 'materials in accessible formats' },
};

/** The arrangements the member asked for in their answer, so they know they were heard. */
function needsText(needs: AccessibilityNeeds, language: Language): string[] {
  const asked = accessNeeds.filter((need) => needs[need]).map((need) => needWords[need][language]);
  if (needs.other) asked.push(needs.other);
  if (asked.length === 0) return [];
  return [`${language === 'az' ? 'Xahiş etdiyiniz şərait' : 'The arrangements you asked for'}: ${asked.join(', ')}`];
}

export interface SessionMailContext {
  session: Session;
  theme?: Theme;
  portalOrigin: string;
  ics: string;
}

type Kind = 'invitation' | 'changed' | 'cancelled' | 'reminder';

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
      lead: 'Dəvət olunduğunuz iclasın vaxtı və ya yeri dəyişib.',
      action: 'Yenilənmiş iclas',
    },
    en: {
      subject: 'Changed',
      lead: 'The time or place of a session you were invited to has changed.',
      action: 'The updated session',
    },
  },
  reminder: {
    az: { subject: 'Xatırlatma', lead: 'Sabahkı iclası xatırladırıq.', action: 'İclas səhifəsi' },
    en: { subject: 'Reminder', lead: 'A reminder of tomorrow’s session.', action: 'Session page' },
  },
  cancelled: {
    az: { subject: 'Ləğv edildi', lead: 'Dəvət olunduğunuz iclas ləğv edilib.', action: 'İclas səhifəsi' },
    en: { subject: 'Cancelled', lead: 'A session you were invited to has been cancelled.', action: 'Session page' },
  },
};

/** A bilingual session email with the calendar entry attached. */
export function sessionMail(
  kind: Kind,
  member: Pick<Member, 'email' | 'name' | 'language'>,
  context: SessionMailContext,
  needs?: AccessibilityNeeds,
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
        ...(kind === 'reminder' ? agendaText(session, language) : []),
        ...(kind === 'reminder' && needs ? needsText(needs, language) : []),
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
