import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import { NotFound } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { dropStaleAnswers, themeAnswers } from './edge-invalidation.ts';
import { updateVersioned } from './versioned.ts';

type ThemeDeps = Pick<DomainDeps, 'themes' | 'now' | 'edgeCache'>;

export const listThemes = (deps: ThemeDeps) => deps.themes.list();

export async function getTheme(deps: ThemeDeps, slug: string): Promise<Theme> {
  const theme = await deps.themes.get(slug);
  if (!theme) throw new NotFound('No such theme.');
  return theme;
}

export async function createTheme(
  deps: ThemeDeps,
  actor: Member | null,
  input: Pick<Theme, 'slug' | 'name' | 'description'>,
  commit?: IdempotentCommit,
): Promise<Theme> {
  const now = deps.now().toISOString();
  const theme: Theme = { ...input, createdAt: now, updatedAt: now, version: 1 };
  await deps.themes.create(
    theme,
    auditEvent(deps.now(), actor, 'theme.created', { type: 'theme', id: theme.slug }, `Created theme ${theme.name.en}`),
    commit,
  );
  await dropStaleAnswers(deps, themeAnswers('created'));
  return theme;
}

export async function updateTheme(
  deps: ThemeDeps,
  actor: Member,
  slug: string,
  patch: Partial<Pick<Theme, 'name' | 'description'>>,
  expectedVersion: number,
): Promise<Theme> {
  const theme = await getTheme(deps, slug);
  const { record, changes } = await updateVersioned(deps.now(), {
    actor,
    before: theme,
    after: { ...theme, ...patch },
    expectedVersion,
    fields: ['name', 'description'],
    event: () => ({
      action: 'theme.updated',
      entity: { type: 'theme', id: slug },
      summary: `Changed theme ${theme.name.en}`,
    }),
    write: (before, after, event) => deps.themes.update(before, after, event),
  });
  if (Object.keys(changes).length > 0) await dropStaleAnswers(deps, themeAnswers('updated'));
  return record;
}
