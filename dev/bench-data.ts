import { outcomesRepository } from '#functions/data/outcomes.ts';
import { sessionsRepository } from '#functions/data/sessions.ts';
import { auditEvent } from '#functions/domain/audit.ts';
import { newId } from '#functions/domain/ids.ts';
import type { AgendaItem, Session } from '#shared/schemas/session.ts';

/** How many public sessions the bench's list answers: one page as the sessions page asks for it. */
export const benchSessions = 20;

const agenda = (n: number): AgendaItem[] =>
  Array.from({ length: 6 }, (_, item) => ({
    time: `${String(10 + item).padStart(2, '0')}:00`,
    title: {
      az: `Gündəlik bəndi ${item + 1}: iş yerində insan hüquqları (${n})`,
      en: `Agenda item ${item + 1}: human rights at work (${n})`,
    },
    speakers: [
      { name: `Məruzəçi ${item + 1}`, organisation: 'Azərbaycan Həmkarlar İttifaqları Konfederasiyası' },
      { name: `Speaker ${item + 2}` },
    ],
  }));

/**
 * What the bench's first answers read, written straight through the data layer: twenty public
 * scheduled sessions with six-item agendas (the list), and one published outcome with its
 * recommendations (the outcome page). Returns the outcome's session id.
 */
export async function seedBenchData(themeSlug: string): Promise<string> {
  const now = new Date();
  const at = now.toISOString();
  const sessions: Session[] = Array.from({ length: benchSessions + 1 }, (_, n) => {
    const startsAt = new Date(now.getTime() + (n + 1) * 86_400_000);
    return {
      id: newId(now),
      theme: themeSlug,
      title: { az: `Sessiya ${n + 1}: biznes və insan hüquqları`, en: `Session ${n + 1}: business and human rights` },
      summary: { az: 'Qısa məzmun. '.repeat(20), en: 'A short summary. '.repeat(20) },
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      venue: 'Bakı, Nizami küçəsi 1',
      capacity: 80,
      visibility: 'public',
      // The last one is past and published: its outcome is the outcome page's.
      status: n === benchSessions ? 'published' : 'scheduled',
      agenda: agenda(n),
      seatsTaken: 0,
      sequence: 0,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  for (const session of sessions) {
    await sessionsRepository.create(
      session,
      auditEvent(now, null, 'session.created', { type: 'session', id: session.id }, 'bench'),
    );
  }
  const published = sessions[benchSessions] as Session;
  const content = {
    summary: { az: 'Nəticələrin xülasəsi. '.repeat(40), en: 'A summary of the outcomes. '.repeat(40) },
    recommendations: Array.from({ length: 8 }, (_, n) => ({
      text: { az: `Tövsiyə ${n + 1}: `.repeat(10), en: `Recommendation ${n + 1}: `.repeat(10) },
      addressees: ['state-bodies', 'businesses'] as Array<'state-bodies' | 'businesses'>,
    })),
    documents: [],
  };
  await outcomesRepository.saveDraft(
    undefined,
    {
      sessionId: published.id,
      status: 'published',
      visibility: 'public',
      attendance: { attended: 40, organisations: 22 },
      publishedAt: at,
      correctedAt: null,
      revision: 1,
      updatedAt: at,
      version: 1,
      ...content,
    },
    { revision: 1, kind: 'published', authorId: 'bench', authorName: 'Bench', at, note: null, ...content },
    auditEvent(now, null, 'outcome.published', { type: 'outcome', id: published.id }, 'bench'),
  );
  return published.id;
}
