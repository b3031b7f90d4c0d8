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

/** Demo data for an empty local stack: the founding themes, a secretariat and a few members. */
export async function seedDemoData(): Promise<string[]> {
  const deps = defaultDeps();
  const done: string[] = [];
  for (const theme of foundingThemes) await createTheme(deps, null, theme);
  done.push(`${foundingThemes.length} themes`);
  const secretariat = await createSecretariat(deps, {
    name: 'Aysel Məmmədova',
    email: demoSecretariatEmail,
    position: 'İşçi qrupun katibliyi',
  });
  done.push(`secretariat ${secretariat.email}`);
  for (const person of demoMembers) {
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
  }
  done.push(`${demoMembers.length} demo members`);
  return done;
}
