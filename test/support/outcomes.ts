import { api } from './http.ts';
import { secretariat } from './people.ts';
import { scheduledSession, transition } from './sessions.ts';

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

/** A session taken through scheduled and held, ready for its outcomes. */
export async function heldSession(overrides: Record<string, unknown> = {}) {
  const session = await scheduledSession(overrides);
  await transition(session.id, 'held');
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
