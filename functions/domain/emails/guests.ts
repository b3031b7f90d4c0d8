import type { OutgoingMail } from '#functions/data/mail.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { Session } from '#shared/schemas/session.ts';
import { bilingualMail } from './layout.ts';
import { whenText } from './sessions.ts';

export interface GuestLinks {
  /** Absent when the registration is already confirmed. */
  confirm?: string;
  cancel: string;
  session: string;
}

/**
 * The one email a guest's registration sends: the link that confirms it (double opt-in) and the
 * link that cancels it; to a guest already confirmed, a reminder with a fresh cancel link.
 */
export function guestRegistrationMail(
  email: string,
  language: Language,
  session: Session,
  links: GuestLinks,
  confirmHours: number,
): OutgoingMail {
  const part = (lang: Language) => {
    const az = lang === 'az';
    const lead = links.confirm
      ? az
        ? 'Biznes və insan hüquqları üzrə işçi qrupunun açıq iclasına qeydiyyatdan keçmək istədiniz:'
        : 'You asked to register for a public session of the Business and Human Rights working group:'
      : az
        ? 'Bu iclasa qeydiyyatınız artıq təsdiqlənib:'
        : 'Your registration for this session is already confirmed:';
    const next = links.confirm
      ? az
        ? 'Yer yalnız təsdiqdən sonra ayrılır. Təsdiqləmək üçün düyməni basın.'
        : 'A seat is held only once you confirm. Press the button to confirm.'
      : az
        ? `İclas səhifəsi: ${links.session}`
        : `Session page: ${links.session}`;
    return {
      subject: links.confirm
        ? az
          ? `Qeydiyyatı təsdiqləyin: ${session.title.az}`
          : `Confirm your registration: ${session.title.en}`
        : az
          ? `Qeydiyyatınız: ${session.title.az}`
          : `Your registration: ${session.title.en}`,
      paragraphs: [lead, session.title[lang], whenText(session, lang), next],
      ...(links.confirm
        ? { action: { label: az ? 'Qeydiyyatı təsdiqləyin' : 'Confirm the registration', url: links.confirm } }
        : {}),
      footnote: [
        links.confirm
          ? az
            ? `Təsdiq linki ${confirmHours} saat etibarlıdır. Bu sorğunu siz göndərməmisinizsə, məktubu nəzərə almayın.`
            : `The confirmation link is valid for ${confirmHours} hours. If you did not ask for this, ignore this email.`
          : '',
        az ? `Gələ bilməsəniz, qeydiyyatı ləğv edin: ${links.cancel}` : `If you cannot come, cancel: ${links.cancel}`,
      ]
        .filter(Boolean)
        .join(' '),
    };
  };
  return bilingualMail(email, language, { az: part('az'), en: part('en') });
}
