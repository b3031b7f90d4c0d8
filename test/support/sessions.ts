import { api } from './http.ts';
import { secretariat } from './people.ts';

let day = 0;

/** A future instant in Baku time, a different day for each call, so lists have a stable order. */
export function futureSlot(hoursLong = 3): { startsAt: string; endsAt: string } {
  day += 1;
  const date = new Date(Date.UTC(2027, 0, 1) + (day + Math.floor(Math.random() * 300)) * 86_400_000);
  const ymd = date.toISOString().slice(0, 10);
  const end = String(10 + hoursLong).padStart(2, '0');
  return { startsAt: `${ymd}T10:00:00+04:00`, endsAt: `${ymd}T${end}:00:00+04:00` };
}

/**
 * A slot starting `ms` from now, for the tests that must see a session's start pass for real
 * (the workflow refuses to mark a session held before it starts).
 */
export function slotStartingIn(ms: number): { startsAt: string; endsAt: string } {
  const start = Date.now() + ms;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString() };
}

/** Resolves once `startsAt` has passed on this machine's clock, which the local API shares. */
export async function untilStarted(startsAt: string): Promise<void> {
  while (Date.now() <= Date.parse(startsAt)) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(10, Date.parse(startsAt) - Date.now() + 5)));
  }
}

export function sessionInput(overrides: Record<string, unknown> = {}) {
  return {
    theme: 'disability-rights',
    title: { az: 'Əlçatan iş yerləri: təcrübə mübadiləsi', en: 'Accessible workplaces: sharing practice' },
    summary: { az: 'İşəgötürənlər və QHT-lər təcrübə bölüşür.', en: 'Employers and NGOs share practice.' },
    ...futureSlot(),
    venue: 'Ombudsman Aparatı, Bakı, Səməd Vurğun küç. 40',
    visibility: 'public',
    agenda: [
      {
        time: '10:00',
        title: { az: 'Açılış', en: 'Opening' },
        speakers: [{ name: 'Aysel Məmmədova', organisation: 'Ombudsman Aparatı' }],
      },
      { time: '10:30', title: { az: 'Müzakirə', en: 'Discussion' }, speakers: [] },
    ],
    ...overrides,
  };
}

export async function createSession(overrides: Record<string, unknown> = {}) {
  const created = await api('/api/sessions', {
    method: 'POST',
    cookie: await secretariat(),
    body: sessionInput(overrides),
  });
  if (created.status !== 201)
    throw new Error(`create session answered ${created.status}: ${JSON.stringify(created.body)}`);
  return created.body as { id: string; version: number; startsAt: string; endsAt: string };
}

export async function transition(id: string, to: string) {
  return api(`/api/sessions/${id}/transitions`, { method: 'POST', cookie: await secretariat(), body: { to } });
}

export async function scheduledSession(overrides: Record<string, unknown> = {}) {
  const session = await createSession(overrides);
  const scheduled = await transition(session.id, 'scheduled');
  if (scheduled.status !== 200) throw new Error(`schedule answered ${scheduled.status}`);
  return scheduled.body as { id: string; version: number; startsAt: string; endsAt: string; sequence: number };
}

type DraftPage = { items: Array<{ id: string; title: { en: string } }>; nextCursor: string | null };

/** The ids of every draft titled `title` in English: other files add drafts meanwhile, so look for your own. */
export async function draftsTitled(title: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const page: { body: DraftPage } = await api<DraftPage>(
      `/api/sessions?limit=100&status=draft${cursor ? `&cursor=${cursor}` : ''}`,
      { cookie: await secretariat() },
    );
    ids.push(...page.body.items.filter((session) => session.title.en === title).map((session) => session.id));
    cursor = page.body.nextCursor;
  }
  return ids;
}
