import type { Theme } from '#shared/schemas/theme.ts';

/**
 * The group's four themes, named after its 2015 series of events (the ombudsman's page the
 * portal grew from). Every new deployment starts with them; the secretariat adds more.
 */
export const foundingThemes: Array<Pick<Theme, 'slug' | 'name' | 'description'>> = [
  {
    slug: 'disability-rights',
    name: {
      az: 'Əlilliyi olan şəxslərin hüquqlarının müdafiəsi biznes və insan hüquqları kontekstində',
      en: 'Protecting the rights of persons with disabilities in the context of business and human rights',
    },
    description: {
      az: 'Əlilliyi olan şəxslərin məşğulluğu, əlçatan iş yerləri və xidmətlər, ağlabatan uyğunlaşdırma və ayrı-seçkiliyə yol verilməməsi: biznesin məsuliyyəti.',
      en: 'Employment of persons with disabilities, accessible workplaces and services, reasonable accommodation and non-discrimination: the responsibility of business.',
    },
  },
  {
    slug: 'trade-unions-labour-rights',
    name: {
      az: 'Biznes strukturlarında əmək hüquqlarının təmin olunmasında həmkarlar ittifaqlarının rolu',
      en: 'The role of trade unions in securing labour rights in business structures',
    },
    description: {
      az: 'Kollektiv müqavilələr, əməyin mühafizəsi, ədalətli əmək haqqı və birləşmək azadlığı; həmkarlar ittifaqları ilə işəgötürənlər arasında sosial dialoq.',
      en: 'Collective agreements, occupational safety, fair pay and freedom of association; social dialogue between trade unions and employers.',
    },
  },
  {
    slug: 'corporate-social-responsibility',
    name: {
      az: 'Korporativ sosial məsuliyyət biznes və insan hüquqlarının mühüm elementi kimi',
      en: 'Corporate social responsibility as an essential element of business and human rights',
    },
    description: {
      az: 'Şirkətlərin insan hüquqlarına hörmət məsuliyyəti, insan hüquqları üzrə lazımi yoxlama, hesabatlılıq və BMT-nin Biznes və insan hüquqları üzrə Rəhbər Prinsipləri.',
      en: 'Companies’ responsibility to respect human rights, human-rights due diligence, reporting, and the UN Guiding Principles on Business and Human Rights.',
    },
  },
  {
    slug: 'entrepreneurs-interests',
    name: {
      az: 'Sahibkarların maraqlarının müdafiəsi biznes və insan hüquqları kontekstində',
      en: 'Protecting entrepreneurs’ interests in the context of business and human rights',
    },
    description: {
      az: 'Sahibkarların dövlət orqanları qarşısında hüquqlarının müdafiəsi: yoxlamalar, mülkiyyət hüququ və Ombudsmana müraciət imkanları.',
      en: 'Defending entrepreneurs’ rights before state bodies: inspections, property rights and the ways to petition the Ombudsman.',
    },
  },
];
