/**
 * The texts of the demo archive that `npm start` seeds (README, "Demo data"): the group's 2015
 * series of themed events, as the ombudsman's page names them, with outcomes and
 * recommendations written for the demo. Every text a visitor reads starts with `demoNotice`, so
 * no one mistakes them for the group's own conclusions.
 */
import type { Recommendation } from '#shared/schemas/outcome.ts';
import type { AgendaItem } from '#shared/schemas/session.ts';

type Bilingual = { az: string; en: string };

export const demoNotice: Bilingual = {
  az: 'Nümayiş məzmunu: bu mətn portalı tanıtmaq üçün yazılıb, işçi qrupun rəsmi sənədi deyil.',
  en: 'Demo content: written to show the portal; not an official text of the working group.',
};

/** The notice as the first paragraph of a text (the pages show each line as a paragraph). */
export const withNotice = (text: Bilingual): Bilingual => ({
  az: `${demoNotice.az}\n${text.az}`,
  en: `${demoNotice.en}\n${text.en}`,
});

export interface DemoDocument {
  title: string;
  description: string;
  fileName: string;
  /** The position (from 0) of the agenda item it belongs to. */
  agendaItem: number;
  /** The lines of its one page (the PDF's standard font has no Azerbaijani letters, so English). */
  lines: string[];
}

export interface DemoEvent {
  theme: string;
  title: Bilingual;
  summary: Bilingual;
  /** Baku time, with its offset: Baku kept summer time (+05:00) until 2016. */
  startsAt: string;
  endsAt: string;
  agenda: AgendaItem[];
  outcome: { summary: Bilingual; recommendations: Recommendation[] };
  documents: DemoDocument[];
}

export const demoVenue = 'Bakı, İnsan Hüquqları üzrə Müvəkkil Aparatı, konfrans zalı';
const secretariatSpeaker = { name: 'Aysel Məmmədova', organisation: 'İşçi qrupun katibliyi' };
const opening = (time: string): AgendaItem => ({
  time,
  title: { az: 'Açılış və işçi qrupun işi barədə məlumat', en: 'Opening and an update on the group’s work' },
  speakers: [secretariatSpeaker],
});
const discussion = (time: string): AgendaItem => ({
  time,
  title: { az: 'Müzakirə və tövsiyələrin razılaşdırılması', en: 'Discussion and agreeing the recommendations' },
  speakers: [],
});

/** The 2015 series: four themed events, each held and its outcomes published. */
export const demoEvents: DemoEvent[] = [
  {
    theme: 'disability-rights',
    title: {
      az: 'Əlilliyi olan şəxslərin hüquqlarının müdafiəsi biznes və insan hüquqları kontekstində',
      en: 'Protecting the rights of persons with disabilities in the context of business and human rights',
    },
    summary: withNotice({
      az: 'Dəyirmi masa: əlilliyi olan şəxslərin işə qəbulu, əlçatan iş yerləri və xidmətlər, işəgötürənlərin ağlabatan uyğunlaşdırma öhdəliyi.',
      en: 'Round table: hiring persons with disabilities, accessible workplaces and services, and employers’ duty of reasonable accommodation.',
    }),
    startsAt: '2015-03-24T10:00:00+04:00',
    endsAt: '2015-03-24T13:00:00+04:00',
    agenda: [
      opening('10:00'),
      {
        time: '10:30',
        title: {
          az: 'Əlçatan iş yeri: işəgötürən üçün yoxlama siyahısı',
          en: 'The accessible workplace: a checklist for employers',
        },
        speakers: [{ name: 'Leyla Quliyeva', organisation: 'Əlilliyi olan şəxslərin hüquqları mərkəzi (QHT)' }],
      },
      discussion('11:30'),
    ],
    outcome: {
      summary: withNotice({
        az: 'İştirakçılar əlilliyi olan şəxslərin məşğulluğu üzrə kvotaların necə icra edildiyini və iş yerlərinin əlçatanlığını müzakirə etdilər. Bir çox müəssisədə kvota formal olaraq doldurulsa da, iş yerləri və daxili prosedurlar uyğunlaşdırılmır. QHT-lər işəgötürənlərə praktik məsləhət verməyə hazır olduqlarını bildirdilər.',
        en: 'Participants discussed how employment quotas for persons with disabilities are met and how accessible workplaces are. Many companies fill the quota on paper without adapting workplaces or internal procedures. NGOs offered employers practical advice.',
      }),
      recommendations: [
        {
          text: {
            az: 'Əlilliyi olan işçilərin kvotasının icrasına dair illik hesabatlar dərc edilsin.',
            en: 'Publish annual reports on how the employment quota for workers with disabilities is met.',
          },
          addressees: ['state-bodies'],
        },
        {
          text: {
            az: 'Hər müəssisə iş yerlərinin və xidmətlərinin əlçatanlığını yoxlasın və düzəliş planı qəbul etsin.',
            en: 'Each company should audit the accessibility of its workplaces and services and adopt a plan to fix the gaps.',
          },
          addressees: ['businesses'],
        },
        {
          text: {
            az: 'Ağlabatan uyğunlaşdırma tələblərini işəgötürənlərə izah edən təlimlər təşkil edilsin.',
            en: 'Run trainings that explain reasonable accommodation to employers.',
          },
          addressees: ['ngos', 'businesses'],
        },
      ],
    },
    documents: [
      {
        title: 'Accessible workplaces: a checklist for employers',
        description: 'Demo document: generated for the portal’s demo.',
        fileName: 'accessible-workplaces-checklist.pdf',
        agendaItem: 1,
        lines: [
          'Accessible workplaces: a checklist for employers',
          '',
          '1. Step-free entrance, lifts and accessible toilets.',
          '2. Job adverts and interviews in accessible formats.',
          '3. Reasonable accommodation agreed with each worker.',
          '4. A named contact for accessibility questions.',
        ],
      },
    ],
  },
  {
    theme: 'trade-unions-labour-rights',
    title: {
      az: 'Biznes strukturlarında əmək hüquqlarının təmin olunmasında həmkarlar ittifaqlarının rolu',
      en: 'The role of trade unions in securing labour rights in business structures',
    },
    summary: withNotice({
      az: 'Həmkarlar ittifaqları, işəgötürənlər və dövlət qurumları kollektiv müqavilələr, əməyin mühafizəsi və sosial dialoq barədə.',
      en: 'Trade unions, employers and state bodies on collective agreements, occupational safety and social dialogue.',
    }),
    startsAt: '2015-05-28T10:00:00+05:00',
    endsAt: '2015-05-28T13:00:00+05:00',
    agenda: [
      opening('10:00'),
      {
        time: '10:30',
        title: { az: 'Özəl sektorda kollektiv müqavilələr', en: 'Collective agreements in the private sector' },
        speakers: [{ name: 'Rauf Həsənov', organisation: 'Azərbaycan Həmkarlar İttifaqları Konfederasiyası' }],
      },
      discussion('11:30'),
    ],
    outcome: {
      summary: withNotice({
        az: 'Müzakirə göstərdi ki, özəl sektorda kollektiv müqavilə ilə əhatə olunan işçilərin payı azdır və bir çox işçi həmkarlar ittifaqına üzv olmaq hüququndan xəbərsizdir. İştirakçılar əməyin mühafizəsi üzrə birgə komitələrin faydasını vurğuladılar.',
        en: 'The discussion showed that few private-sector workers are covered by collective agreements and many do not know of their right to join a union. Participants stressed the value of joint occupational-safety committees.',
      }),
      recommendations: [
        {
          text: {
            az: 'İşəgötürənlər həmkarlar ittifaqları ilə kollektiv danışıqlara açıq olsunlar.',
            en: 'Employers should be open to collective bargaining with trade unions.',
          },
          addressees: ['businesses'],
        },
        {
          text: {
            az: 'Həmkarlar ittifaqları özəl sektorda işçilərə hüquqları barədə məlumat kampaniyası keçirsin.',
            en: 'Trade unions should run an information campaign on workers’ rights in the private sector.',
          },
          addressees: ['trade-unions'],
        },
        {
          text: {
            az: 'Əmək müfəttişliyinin yoxlamalarının nəticələri ümumiləşdirilərək ictimaiyyətə açıqlansın.',
            en: 'Publish a summary of the labour inspectorate’s findings.',
          },
          addressees: ['state-bodies'],
        },
        {
          text: {
            az: 'Əməyin mühafizəsi üzrə birgə komitələrin yaradılması təşviq edilsin.',
            en: 'Encourage joint occupational-safety committees.',
          },
          addressees: ['businesses', 'trade-unions'],
        },
      ],
    },
    documents: [
      {
        title: 'Collective agreements in the private sector: an overview',
        description: 'Demo document: generated for the portal’s demo.',
        fileName: 'collective-agreements-overview.pdf',
        agendaItem: 1,
        lines: [
          'Collective agreements in the private sector: an overview',
          '',
          'What a collective agreement covers: pay, working time, safety, training.',
          'How to start bargaining: a union, a mandate, a first meeting.',
          'Joint occupational-safety committees: who sits on them and why.',
        ],
      },
    ],
  },
  {
    theme: 'corporate-social-responsibility',
    title: {
      az: 'Korporativ sosial məsuliyyət biznes və insan hüquqlarının mühüm elementi kimi',
      en: 'Corporate social responsibility as an essential element of business and human rights',
    },
    summary: withNotice({
      az: 'BMT-nin Biznes və insan hüquqları üzrə Rəhbər Prinsipləri: şirkətlər insan hüquqları üzrə lazımi yoxlamanı necə apara bilər.',
      en: 'The UN Guiding Principles on Business and Human Rights: how companies can carry out human-rights due diligence.',
    }),
    startsAt: '2015-09-22T10:00:00+05:00',
    endsAt: '2015-09-22T13:00:00+05:00',
    agenda: [
      opening('10:00'),
      {
        time: '10:30',
        title: { az: 'Rəhbər Prinsiplər şirkətlər üçün', en: 'The Guiding Principles for companies' },
        speakers: [{ name: 'Murad Əliyev', organisation: 'Xəzər Logistika MMC' }],
      },
      discussion('11:30'),
    ],
    outcome: {
      summary: withNotice({
        az: 'İştirakçılar korporativ sosial məsuliyyətin xeyriyyə ilə məhdudlaşmadığını, şirkətin öz fəaliyyətinin insan hüquqlarına təsirini qiymətləndirməyi tələb etdiyini qeyd etdilər. Bir neçə şirkət təchizatçılarına davranış kodeksi tətbiq etməyə başladığını bildirdi.',
        en: 'Participants agreed that corporate social responsibility is more than charity: it means assessing how a company’s own operations affect human rights. Several companies said they had begun applying a code of conduct to their suppliers.',
      }),
      recommendations: [
        {
          text: {
            az: 'Şirkətlər insan hüquqlarına hörmət barədə siyasət bəyanatı qəbul edib dərc etsinlər.',
            en: 'Companies should adopt and publish a policy statement on respecting human rights.',
          },
          addressees: ['businesses'],
        },
        {
          text: {
            az: 'İri şirkətlər təchizat zəncirində insan hüquqları üzrə lazımi yoxlama aparsınlar.',
            en: 'Large companies should carry out human-rights due diligence in their supply chains.',
          },
          addressees: ['businesses'],
        },
        {
          text: {
            az: 'Dövlət satınalmalarında insan hüquqlarına hörmət meyar kimi nəzərə alınsın.',
            en: 'Make respect for human rights a criterion in public procurement.',
          },
          addressees: ['state-bodies'],
        },
      ],
    },
    documents: [
      {
        title: 'The UN Guiding Principles on Business and Human Rights: a short guide',
        description: 'Demo document: generated for the portal’s demo.',
        fileName: 'guiding-principles-short-guide.pdf',
        agendaItem: 1,
        lines: [
          'The UN Guiding Principles on Business and Human Rights: a short guide',
          '',
          'Protect: the state protects against abuses by third parties, including business.',
          'Respect: companies avoid infringing on human rights and address their impacts.',
          'Remedy: victims have access to effective remedy, judicial and non-judicial.',
        ],
      },
    ],
  },
  {
    theme: 'entrepreneurs-interests',
    title: {
      az: 'Sahibkarların maraqlarının müdafiəsi biznes və insan hüquqları kontekstində',
      en: 'Protecting entrepreneurs’ interests in the context of business and human rights',
    },
    summary: withNotice({
      az: 'Sahibkarların dövlət orqanları qarşısında hüquqları: yoxlamalar, mülkiyyət hüququ və Ombudsmana müraciət.',
      en: 'Entrepreneurs’ rights before state bodies: inspections, property rights and petitions to the Ombudsman.',
    }),
    startsAt: '2015-11-19T10:00:00+04:00',
    endsAt: '2015-11-19T13:00:00+04:00',
    agenda: [
      opening('10:00'),
      {
        time: '10:30',
        title: { az: 'Sahibkarların Ombudsmana müraciətləri', en: 'Entrepreneurs’ petitions to the Ombudsman' },
        speakers: [secretariatSpeaker],
      },
      discussion('11:30'),
    ],
    outcome: {
      summary: withNotice({
        az: 'Sahibkarlar yoxlamaların əsaslandırılması, mülkiyyət hüququnun müdafiəsi və inzibati şikayət yolları barədə suallarını bölüşdülər. İştirakçılar sahibkarlara öz hüquqlarını izah edən sadə vəsaitlərin lazım olduğunu qeyd etdilər.',
        en: 'Entrepreneurs raised questions on the grounds for inspections, the protection of property rights and the ways to appeal administrative decisions. Participants noted the need for plain-language guides to entrepreneurs’ rights.',
      }),
      recommendations: [
        {
          text: {
            az: 'Yoxlamaların əsasları və nəticələri sahibkara yazılı şəkildə təqdim edilsin.',
            en: 'Give entrepreneurs the grounds and findings of every inspection in writing.',
          },
          addressees: ['state-bodies'],
        },
        {
          text: {
            az: 'Sahibkarların hüquqlarına dair sadə dildə bələdçi hazırlanıb yayılsın.',
            en: 'Prepare and distribute a plain-language guide to entrepreneurs’ rights.',
          },
          addressees: ['ngos', 'state-bodies'],
        },
        {
          text: {
            az: 'Biznes birlikləri üzvlərinin müraciətlərini ümumiləşdirib işçi qrupa təqdim etsin.',
            en: 'Business associations should collect their members’ complaints and bring them to the working group.',
          },
          addressees: ['businesses'],
        },
      ],
    },
    documents: [],
  },
];

/** Sessions still to come, placed this many days after the seed runs (at 10:00 in Baku). */
export interface DemoUpcoming {
  theme: string;
  title: Bilingual;
  summary: Bilingual;
  daysAhead: number;
  agenda: AgendaItem[];
}

export const demoUpcoming: DemoUpcoming[] = [
  {
    theme: 'corporate-social-responsibility',
    title: {
      az: 'Biznes və insan hüquqları üzrə milli fəaliyyət planına dair təkliflər',
      en: 'Proposals for a national action plan on business and human rights',
    },
    summary: withNotice({
      az: 'Üzvlər milli fəaliyyət planına daxil ediləcək təklifləri hazırlayır.',
      en: 'Members prepare their proposals for a national action plan.',
    }),
    daysAhead: 21,
    agenda: [
      opening('10:00'),
      {
        time: '10:30',
        title: { az: 'Təkliflərin təqdimatı', en: 'Presenting the proposals' },
        speakers: [{ name: 'Leyla Quliyeva' }, { name: 'Rauf Həsənov' }],
      },
      discussion('11:30'),
    ],
  },
  {
    theme: 'trade-unions-labour-rights',
    title: {
      az: 'Təchizat zəncirlərində əmək hüquqları: tikinti və logistika',
      en: 'Labour rights in supply chains: construction and logistics',
    },
    summary: withNotice({
      az: 'Podratçılar və subpodratçılar zəncirində işçilərin hüquqlarını kim təmin edir?',
      en: 'Who secures workers’ rights along a chain of contractors and subcontractors?',
    }),
    daysAhead: 49,
    agenda: [opening('10:00'), discussion('10:30')],
  },
];
