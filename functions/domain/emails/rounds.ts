import type { OutgoingMail } from '#functions/data/mail.ts';
import type { StoredRound } from '#functions/data/rounds.ts';
import { sessionTimeZone } from '#shared/constants.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { RoundMessageKind } from '#shared/schemas/message.ts';
import { bilingualMail, type MailPart } from './layout.ts';

const locales: Record<Language, string> = { az: 'az-Latn-AZ', en: 'en-GB' };

const deadlineText = (deadline: string, language: Language) =>
  `${new Intl.DateTimeFormat(locales[language], { timeZone: sessionTimeZone, dateStyle: 'long', timeStyle: 'short' }).format(new Date(deadline))} (${language === 'az' ? 'Bakı vaxtı' : 'Baku time'})`;

/**
 * The request of a monitoring round to a member of an addressee organisation (and the reminder,
 * which says the same a week before the deadline): the recommendations it is asked about.
 */
export function roundRequestMail(
  kind: Exclude<RoundMessageKind, 'round-results'>,
  to: { email: string; language: Language; organisation: string },
  round: Pick<StoredRound, 'id' | 'name' | 'deadline' | 'recommendations'>,
  asked: string[],
  portalOrigin: string,
): OutgoingMail {
  const texts = round.recommendations.filter((r) => asked.includes(r.id));
  const part = (language: Language): MailPart => ({
    subject:
      kind === 'round-reminder'
        ? language === 'az'
          ? `Xatırlatma: ${round.name.az}`
          : `Reminder: ${round.name.en}`
        : language === 'az'
          ? `Tövsiyələrin icrası barədə sorğu: ${round.name.az}`
          : `Progress on recommendations: ${round.name.en}`,
    paragraphs: [
      language === 'az'
        ? `İşçi qrupu ${to.organisation} təşkilatından aşağıdakı tövsiyələrin icrası barədə məlumat istəyir.`
        : `The working group asks ${to.organisation} what has been done on the recommendations below.`,
      ...texts.map((r) => `${r.number}. ${r.text[language]}`),
      language === 'az'
        ? `Son tarix: ${deadlineText(round.deadline, language)}.`
        : `Deadline: ${deadlineText(round.deadline, language)}.`,
    ],
    action: {
      label: language === 'az' ? 'Hesabat göndərin' : 'Send a report',
      url: `${portalOrigin}/rounds/${round.id}/report`,
    },
  });
  return bilingualMail(to.email, to.language, { az: part('az'), en: part('en') });
}

/** The results of a round, to a follower of a theme it asked about, with the one-click unsubscribe. */
export function roundResultsMail(
  to: { email: string; language: Language },
  round: Pick<StoredRound, 'id' | 'name' | 'recommendations'>,
  portalOrigin: string,
  unsubscribeUrl: string,
): OutgoingMail {
  const changed = round.recommendations.filter(
    (r) => r.visibility === 'public' && r.statusAtClose && r.statusAtClose !== r.statusAtOpening,
  ).length;
  const part = (language: Language): MailPart => ({
    subject: language === 'az' ? `Monitorinqin nəticələri: ${round.name.az}` : `Monitoring results: ${round.name.en}`,
    paragraphs: [
      language === 'az'
        ? `“${round.name.az}” monitorinqi başa çatıb. ${changed} tövsiyənin statusu dəyişib.`
        : `The monitoring round “${round.name.en}” has closed. ${changed} recommendations changed status.`,
    ],
    action: { label: language === 'az' ? 'Nəticələr' : 'The results', url: `${portalOrigin}/rounds/${round.id}` },
    footnote:
      language === 'az'
        ? `Bu mövzunu izlədiyiniz üçün bu məktubu alırsınız. Abunəlikdən çıxmaq: ${unsubscribeUrl}`
        : `You receive this because you follow this theme. Unsubscribe: ${unsubscribeUrl}`,
  });
  return {
    ...bilingualMail(to.email, to.language, { az: part('az'), en: part('en') }),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
