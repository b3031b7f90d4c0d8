import { transitionSession } from '#functions/domain/sessions.ts';
import { defaultDeps } from '#functions/wiring.ts';
import type { Member } from '#shared/schemas/member.ts';
import { api } from './http.ts';
import { secretariat } from './people.ts';
import { scheduledSession } from './sessions.ts';

export function outcomeInput(overrides: Record<string, unknown> = {}) {
  return {
    summary: {
      az: 'İşçi qrupu biznes strukturlarında işçilərin hüquqlarının təmin olunmasını müzakirə etdi.',
      en: 'The working group discussed how business structures secure workers’ rights.',
    },
    recommendations: [
      {
        text: { az: 'Kollektiv müqavilələr bağlanılsın.', en: 'Conclude collective agreements.' },
        addressees: ['businesses', 'trade-unions'],
      },
      {
        text: { az: 'Əmək müfəttişliyi gücləndirilsin.', en: 'Strengthen labour inspection.' },
        addressees: ['state-bodies'],
      },
    ],
    documents: [],
    ...overrides,
  };
}

/**
 * Marks a scheduled session held as the secretariat does once it has taken place: through the
 * same use case as the API, against the same local stack, with the domain's clock (a
 * dependency, ARCHITECTURE.md "Code map") set an hour after the session's start. The sessions
 * tests mark sessions held over HTTP, for real, once their start has passed.
 */
export async function markHeld(session: { id: string; startsAt: string }) {
  const actor = (await api<Member>('/api/me', { cookie: await secretariat() })).body;
  const afterStart = new Date(Date.parse(session.startsAt) + 3_600_000);
  return transitionSession({ ...defaultDeps(), now: () => afterStart }, actor, session.id, 'held');
}

/** A session taken through scheduled and held, ready for its outcomes. */
export async function heldSession(overrides: Record<string, unknown> = {}) {
  const session = await scheduledSession(overrides);
  await markHeld(session);
  return session;
}

export async function saveOutcome(sessionId: string, body: unknown, etag?: string) {
  return api(`/api/sessions/${sessionId}/outcomes`, {
    method: 'PUT',
    cookie: await secretariat(),
    body,
    headers: etag ? { 'If-Match': etag } : {},
  });
}

export async function publish(sessionId: string) {
  return api(`/api/sessions/${sessionId}/outcomes/publish`, { method: 'POST', cookie: await secretariat() });
}
