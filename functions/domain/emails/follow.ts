import type { OutgoingMail } from '#functions/data/mail.ts';
import type { Language } from '#shared/schemas/common.ts';
import type { Session } from '#shared/schemas/session.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { bilingualMail } from './layout.ts';
import { whenText } from './sessions.ts';

export function confirmFollowMail(email: string, language: Language, theme: Theme, link: string): OutgoingMail {
  return bilingualMail(email, language, {
    az: {
      subject: 'Abunəliyi təsdiqləyin',
      paragraphs: [
        `Biznes və insan hüquqları üzrə işçi qrupunun “${theme.name.az}” mövzusunu izləmək istədiniz.`,
        'Abunəliyi təsdiqləmək üçün düyməni basın. Təsdiqləməsəniz, heç bir məktub göndərilməyəcək.',
      ],
      action: { label: 'Abunəliyi təsdiqləyin', url: link },
      footnote: 'Link 7 gün etibarlıdır. Bu sorğunu siz göndərməmisinizsə, məktubu nəzərə almayın.',
    },
    en: {
      subject: 'Confirm your subscription',
      paragraphs: [
        `You asked to follow the theme “${theme.name.en}” of the Business and Human Rights working group.`,
        'Press the button to confirm. Without confirmation, nothing more will be sent.',
      ],
      action: { label: 'Confirm the subscription', url: link },
      footnote: 'The link is valid for 7 days. If you did not ask for this, ignore this email.',
    },
  });
}

/** News for a follower, with a one-click unsubscribe link in the body and the headers (RFC 8058). */
export function followerNewsMail(
  email: string,
  language: Language,
  theme: Theme,
  news: { kind: 'scheduled' | 'published'; session: Session; url: string },
  unsubscribeUrl: string,
): OutgoingMail {
  const lead = {
    scheduled: { az: 'Yeni iclas planlaşdırılıb:', en: 'A new session has been scheduled:' },
    published: { az: 'İclasın nəticələri dərc olunub:', en: 'The outcomes of a session have been published:' },
  }[news.kind];
  const part = (lang: Language) => ({
    subject: `${theme.name[lang]}: ${news.session.title[lang]}`,
    paragraphs: [lead[lang], news.session.title[lang], whenText(news.session, lang)],
    action: { label: lang === 'az' ? 'Ətraflı' : 'Read more', url: news.url },
    footnote:
      lang === 'az'
        ? `Bu mövzunu izlədiyiniz üçün bu məktubu alırsınız. Abunəlikdən çıxmaq: ${unsubscribeUrl}`
        : `You receive this because you follow this theme. Unsubscribe: ${unsubscribeUrl}`,
  });
  return {
    ...bilingualMail(email, language, { az: part('az'), en: part('en') }),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
