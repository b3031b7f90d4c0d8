import { auditEvent } from '#functions/domain/audit.ts';
import { newId } from '#functions/domain/ids.ts';
import { createSecretariat } from '#functions/domain/members.ts';
import { foundingThemes } from '#functions/domain/seed-themes.ts';
import { createTheme } from '#functions/domain/themes.ts';
import { defaultDeps } from '#functions/wiring.ts';
import type { Member } from '#shared/schemas/member.ts';

export const demoSecretariatEmail = 'secretariat@portal.local';

const demoMembers: Array<
  Pick<Member, 'name' | 'email' | 'organisation' | 'organisationType' | 'position' | 'language'>
> = [
  {
    name: 'Rauf Həsənov',
    email: 'rauf.hasanov@example.az',
    organisation: 'Azərbaycan Həmkarlar İttifaqları Konfederasiyası',
    organisationType: 'trade-union',
    position: 'Hüquq şöbəsinin müdiri',
    language: 'az',
  },
  {
    name: 'Leyla Quliyeva',
    email: 'leyla.guliyeva@example.az',
    organisation: 'Əlilliyi olan şəxslərin hüquqları mərkəzi (QHT)',
    organisationType: 'ngo',
    position: 'Sədr',
    language: 'az',
  },
  {
    name: 'Murad Əliyev',
    email: 'murad.aliyev@example.az',
    organisation: 'Xəzər Logistika MMC',
    organisationType: 'business',
    position: 'Korporativ məsuliyyət üzrə menecer',
    language: 'en',
  },
  {
    name: 'Nigar İsmayılova',
    email: 'nigar.ismayilova@example.az',
    organisation: 'Biznes Xəbərləri',
    organisationType: 'media',
    position: 'Jurnalist',
    language: 'az',
  },
  {
    name: 'Emin Cəfərov',
    email: 'emin.jafarov@example.az',
    organisation: 'Milli Məclis',
    organisationType: 'parliament',
    position: 'Deputat',
    language: 'az',
  },
];

type SeedDeps = ReturnType<typeof defaultDeps>;

/**
 * What every local stack starts with, demo or not: the founding themes and the secretariat to
 * sign in as. Each is made only if missing, so running it again changes nothing.
 */
export async function seedFoundation(deps: SeedDeps = defaultDeps()): Promise<string[]> {
  let themes = 0;
  for (const theme of foundingThemes) {
    if (await deps.themes.get(theme.slug)) continue;
    await createTheme(deps, null, theme);
    themes += 1;
  }
  const done = themes > 0 ? [`${themes} themes`] : [];
  if (!(await deps.members.findByEmail(demoSecretariatEmail))) {
    const secretariat = await createSecretariat(deps, {
      name: 'Aysel Məmmədova',
      email: demoSecretariatEmail,
      position: 'İşçi qrupun katibliyi',
    });
    done.push(`secretariat ${secretariat.email}`);
  }
  return done;
}

/** A few members of each kind of organisation, each made only if missing. */
export async function seedDemoMembers(deps: SeedDeps = defaultDeps()): Promise<string[]> {
  let made = 0;
  for (const person of demoMembers) {
    if (await deps.members.findByEmail(person.email)) continue;
    const now = deps.now();
    const member: Member = {
      id: newId(now),
      ...person,
      role: 'member',
      status: 'active',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    await deps.members.create(
      member,
      auditEvent(now, null, 'member.seeded', { type: 'member', id: member.id }, `Demo member ${member.name}`),
    );
    made += 1;
  }
  return made > 0 ? [`${made} demo members`] : [];
}

/** The people and themes the tests and the bench start from: no sessions, outcomes or documents. */
export async function seedDemoData(): Promise<string[]> {
  const deps = defaultDeps();
  return [...(await seedFoundation(deps)), ...(await seedDemoMembers(deps))];
}

/** The demo members' addresses, in the order they were seeded. */
export const demoMemberEmails = demoMembers.map((person) => person.email);
