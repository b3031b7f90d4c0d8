import type { StoredDocument } from '#functions/data/documents.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Session, SessionMaterial } from '#shared/schemas/session.ts';
import type { DomainDeps } from './deps.ts';

/** More documents than any session page lists; the documents list (`?session=`) pages through all. */
const materialsPageSize = 100;

/**
 * The available documents linked to a session that the caller may see. Read beside the session
 * (in parallel), so a session page costs one more call, not one more round trip. They are listed
 * in agenda order: those of each agenda item under it, then those of the whole session; an item
 * position the agenda no longer has (the agenda was shortened) counts as the whole session's.
 */
export async function sessionMaterials(
  deps: Pick<DomainDeps, 'documents'>,
  actor: Member | undefined,
  sessionId: string,
): Promise<StoredDocument[]> {
  const page = await deps.documents.list({
    by: { session: sessionId },
    publicOnly: !actor,
    availableOnly: true,
    limit: materialsPageSize,
  });
  return page.items;
}

/** The materials in agenda order, as the session page lists them. */
export function byAgendaItem(documents: StoredDocument[], session: Pick<Session, 'agenda'>): SessionMaterial[] {
  const place = (agendaItem: number | null) =>
    agendaItem !== null && agendaItem < session.agenda.length ? agendaItem : session.agenda.length;
  return documents
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
