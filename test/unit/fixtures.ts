import type { Session } from '#shared/schemas/session.ts';

/**
 * A stored session, scheduled and public, 10:00 to 12:30 in Baku on 10 December 2026; a test
 * states only what it is about (`aSession({ status: 'held' })`). Imports no portal code, so the
 * pages' unit tests can use it too.
 */
export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'ses_0001',
    theme: 'labour-rights',
    title: { az: 'Əmək hüquqları', en: 'Labour rights' },
    summary: { az: '', en: '' },
    startsAt: '2026-12-10T06:00:00.000Z',
    endsAt: '2026-12-10T08:30:00.000Z',
    venue: 'Ombudsman Aparatı',
    capacity: 40,
    visibility: 'public',
    status: 'scheduled',
    agenda: [],
    seatsTaken: 0,
    sequence: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}
