import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import { NotFound, PreconditionFailed } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Theme } from '#shared/schemas/theme.ts';
import { auditEvent, diff } from './audit.ts';
import type { DomainDeps } from './deps.ts';

type ThemeDeps = Pick<DomainDeps, 'themes' | 'now'>;

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
  if (theme.version !== expectedVersion) throw new PreconditionFailed();
  const updated: Theme = { ...theme, ...patch, updatedAt: deps.now().toISOString(), version: theme.version + 1 };
  const changes = diff(theme, updated, ['name', 'description']);
  if (Object.keys(changes).length === 0) return theme;
  await deps.themes.update(
    theme,
    updated,
    auditEvent(
      deps.now(),
      actor,
      'theme.updated',
      { type: 'theme', id: slug },
      `Changed theme ${theme.name.en}`,
      changes,
    ),
  );
  return updated;
}
