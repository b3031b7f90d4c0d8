import { describe, expect, it } from 'vitest';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

type Material = { id: string; agendaItem: number | null; visibility: string };

async function materialsOf(sessionId: string, cookie?: string): Promise<Material[]> {
  const answer = await api(`/api/sessions/${sessionId}`, { cookie });
  expect(answer.status).toBe(200);
  return answer.body.materials;
}

describe('materials per agenda item', () => {
  it('lists a session’s documents under their agenda item, as each reader may see them', async () => {
    const session = await scheduledSession();
    const cookie = await secretariat();
    const opening = await share(cookie, pdfBytes('opening'), {
      session: session.id,
      agendaItem: 0,
      visibility: 'public',
      title: 'Açılış nitqi',
    });
    const discussion = await share(cookie, pdfBytes('discussion'), {
      session: session.id,
      agendaItem: 1,
      title: 'Müzakirə üçün suallar',
    });
    const general = await share(cookie, pdfBytes('general'), {
      session: session.id,
      visibility: 'public',
      title: 'İclasın proqramı',
    });
    expect(opening.document.agendaItem).toBe(0);
    expect(general.document.agendaItem).toBeNull();

    const member = await newPerson('member');
    expect((await materialsOf(session.id, member.cookie)).map((m) => [m.id, m.agendaItem])).toEqual([
      [opening.id, 0],
      [discussion.id, 1],
      [general.id, null],
    ]);
    // The members-only material is not listed to the public.
    expect((await materialsOf(session.id)).map((m) => [m.id, m.agendaItem])).toEqual([
      [opening.id, 0],
      [general.id, null],
    ]);

    // Moved to another item, then detached from the agenda.
    const etag = async () => (await api(`/api/documents/${discussion.id}`, { cookie })).headers.get('etag') ?? '';
    const moved = await api(`/api/documents/${discussion.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': await etag() },
      body: { agendaItem: 0 },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.agendaItem).toBe(0);
    const detached = await api(`/api/documents/${discussion.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': await etag() },
      body: { agendaItem: null },
    });
    expect(detached.body.agendaItem).toBeNull();
    const listed = await materialsOf(session.id, cookie);
    expect(listed.find((m) => m.id === discussion.id)?.agendaItem).toBeNull();
  });

  it('refuses an agenda item the session does not have, or one without a session, naming the field', async () => {
    const session = await scheduledSession();
    const cookie = await secretariat();
    const create = (body: Record<string, unknown>) =>
      api('/api/documents', {
        method: 'POST',
        cookie,
        body: {
          title: 'Material',
          language: 'az',
          fileName: 'm.pdf',
          contentType: 'application/pdf',
          size: 100,
          ...body,
        },
      });
    const beyond = await create({ session: session.id, agendaItem: 2 });
    expect(beyond.status).toBe(400);
    expect(beyond.headers.get('content-type')).toBe('application/problem+json');
    expect(beyond.body.errors).toEqual([expect.objectContaining({ field: 'agendaItem', code: 'unknown-agenda-item' })]);
    const alone = await create({ agendaItem: 0 });
    expect(alone.status).toBe(400);
    expect(alone.body.errors).toEqual([
      expect.objectContaining({ field: 'agendaItem', code: 'agenda-item-without-session' }),
    ]);
    const negative = await create({ session: session.id, agendaItem: -1 });
    expect(negative.status).toBe(400);
    expect(negative.body.errors[0].field).toBe('agendaItem');
  });
});
