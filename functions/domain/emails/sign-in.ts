import type { OutgoingMail } from '#functions/data/mail.ts';
import type { Member } from '#shared/schemas/member.ts';
import { bilingualMail } from './layout.ts';

export function signInMail(member: Pick<Member, 'email' | 'name' | 'language'>, link: string): OutgoingMail {
  return bilingualMail(member.email, member.language, {
    az: {
      subject: 'Portala giriş linkiniz',
      paragraphs: [
        `Salam, ${member.name}!`,
        'Biznes və insan hüquqları üzrə işçi qrupunun portalına daxil olmaq üçün aşağıdakı düyməni basın.',
      ],
      action: { label: 'Portala daxil olun', url: link },
      footnote:
        'Link 15 dəqiqə etibarlıdır və yalnız bir dəfə işləyir. Bu sorğunu siz göndərməmisinizsə, məktubu nəzərə almayın.',
    },
    en: {
      subject: 'Your sign-in link',
      paragraphs: [
        `Hello, ${member.name}.`,
        'Use the button below to sign in to the portal of the Business and Human Rights working group.',
      ],
      action: { label: 'Sign in to the portal', url: link },
      footnote: 'The link is valid for 15 minutes and works once. If you did not ask for it, ignore this email.',
    },
  });
}

export function invitationMail(
  member: Pick<Member, 'email' | 'name' | 'language'>,
  inviter: Pick<Member, 'name'>,
  link: string,
  signInPage: string,
): OutgoingMail {
  return bilingualMail(member.email, member.language, {
    az: {
      subject: 'Biznes və insan hüquqları üzrə işçi qrupuna dəvət',
      paragraphs: [
        `Hörmətli ${member.name},`,
        `${inviter.name} sizi İnsan Hüquqları üzrə Müvəkkil (Ombudsman) yanında Biznes və insan hüquqları üzrə işçi qrupunun portalına dəvət edir. Portalda qrupun iclasları, materialları və nəticələri ilə tanış ola, öz materiallarınızı paylaşa bilərsiniz.`,
      ],
      action: { label: 'Dəvəti qəbul edin', url: link },
      footnote: `Link 7 gün etibarlıdır və bir dəfə işləyir. Sonra istənilən vaxt ${signInPage} ünvanında e-poçtunuzu yazaraq yeni giriş linki ala bilərsiniz.`,
    },
    en: {
      subject: 'Invitation to the Business and Human Rights working group',
      paragraphs: [
        `Dear ${member.name},`,
        `${inviter.name} invites you to the portal of the Business and Human Rights working group convened by the Human Rights Commissioner (Ombudsman). There you can follow the group's sessions, materials and outcomes, and share your own materials.`,
      ],
      action: { label: 'Accept the invitation', url: link },
      footnote: `The link is valid for 7 days and works once. Afterwards you can always get a new sign-in link by entering your email at ${signInPage}.`,
    },
  });
}
