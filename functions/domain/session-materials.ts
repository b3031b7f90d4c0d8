import type { Member } from '#shared/schemas/member.ts';
import type { Session, SessionMaterial } from '#shared/schemas/session.ts';
import type { DomainDeps } from './deps.ts';

/** More documents than any session page lists; the documents list (`?session=`) pages through all. */
const materialsPageSize = 100;

/**
 * The available documents linked to a session that the caller may see, in agenda order: those of
 * each agenda item under it, then those of the whole session. An item position the agenda no
 * longer has (the agenda was shortened) counts as the whole session's.
 */
export async function sessionMaterials(
  deps: Pick<DomainDeps, 'documents'>,
  actor: Member | undefined,
  session: Pick<Session, 'id' | 'agenda'>,
): Promise<SessionMaterial[]> {
  const page = await deps.documents.list({
    by: { session: session.id },
    publicOnly: !actor,
    availableOnly: true,
    limit: materialsPageSize,
  });
  const place = (agendaItem: number | null) =>
    agendaItem !== null && agendaItem < session.agenda.length ? agendaItem : session.agenda.length;
  return page.items
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      language: doc.language,
      fileName: doc.fileName,
      contentType: doc.contentType,
      size: doc.size,
      visibility: doc.visibility,
      agendaItem: doc.agendaItem !== null && doc.agendaItem < session.agenda.length ? doc.agendaItem : null,
      createdAt: doc.createdAt,
    }))
    .sort((a, b) => place(a.agendaItem) - place(b.agendaItem) || a.createdAt.localeCompare(b.createdAt))
    .map(({ createdAt: _createdAt, ...material }) => material);
}
