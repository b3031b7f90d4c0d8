// The sessions as their readers see them: the list, one session with its answers, and the
// calendars. Apart from the writes (sessions.ts), so a visitor's first request compiles none of
// them (ARCHITECTURE.md, "Request flow").
import type { StoredGuest } from '#functions/data/guests.ts';
import type { StoredRsvp } from '#functions/data/sessions.ts';
import { NotFound } from '#functions/errors.ts';
import type { accessNeeds } from '#shared/constants.ts';
import type { Guest } from '#shared/schemas/guest.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Rsvp, RsvpSummary, Session, SessionDetail, SessionStatus } from '#shared/schemas/session.ts';
import type { sessionsCalendar as SessionsCalendar } from './calendar.ts';
import type { DomainDeps } from './deps.ts';
import { byAgendaItem, sessionMaterials } from './session-materials.ts';

type Actor = Member | undefined;

const isSecretariat = (actor: Actor) => actor?.role === 'secretariat';

export const normalizeInstant = (value: string) => new Date(value).toISOString();

/** Drafts only for the secretariat, members-only sessions only for members; otherwise unknown (404). */
export function canSee(actor: Actor, session: Pick<Session, 'status' | 'visibility'>): boolean {
  if (session.status === 'draft') return isSecretariat(actor);
  return session.visibility === 'public' || actor !== undefined;
}

export async function listSessions(
  deps: Pick<DomainDeps, 'sessions'>,
  actor: Actor,
  query: {
    theme?: string;
    from?: string;
    to?: string;
    status?: SessionStatus;
    order?: 'asc' | 'desc';
    limit: number;
    cursor?: string;
  },
) {
  const scope = isSecretariat(actor) ? 'all' : actor ? 'members' : 'public';
  if (query.status === 'draft' && scope !== 'all') return { items: [], nextCursor: null };
  return deps.sessions.list({
    ...query,
    from: query.from ? normalizeInstant(query.from) : undefined,
    to: query.to ? normalizeInstant(query.to) : undefined,
    order: query.order ?? 'asc',
    scope,
  });
}

export async function getSession(
  deps: Pick<DomainDeps, 'sessions' | 'guests' | 'documents'>,
  actor: Actor,
  id: string,
): Promise<SessionDetail> {
  const [detail, materials] = await Promise.all([
    sessionWithAnswers(deps, actor, id),
    sessionMaterials(deps, actor, id),
  ]);
  return { ...detail, materials: byAgendaItem(materials, detail) };
}

async function sessionWithAnswers(
  deps: Pick<DomainDeps, 'sessions' | 'guests'>,
  actor: Actor,
  id: string,
): Promise<SessionDetail> {
  if (isSecretariat(actor)) {
    const [{ session, rsvps }, guests] = await Promise.all([
      deps.sessions.getWithRsvps(id),
      deps.guests.listForSession(id),
    ]);
    if (!session) throw new NotFound('No such session.');
    const mine = rsvps.find((rsvp) => rsvp.memberId === actor?.id);
    return {
      ...session,
      myRsvp: mine ? publicRsvp(mine) : null,
      rsvps: rsvps.map(publicRsvp),
      rsvpSummary: summarize(rsvps, guests),
      guests: guests.map(publicGuest),
    };
  }
  if (actor) {
    const { session, rsvp } = await deps.sessions.getWithRsvp(id, actor.id);
    if (!session || !canSee(actor, session)) throw new NotFound('No such session.');
    return { ...session, myRsvp: rsvp ? publicRsvp(rsvp) : null };
  }
  const session = await deps.sessions.get(id);
  if (!session || !canSee(actor, session)) throw new NotFound('No such session.');
  return session;
}

function publicRsvp({ version: _version, ...rsvp }: StoredRsvp): Rsvp {
  return rsvp;
}

/** A registration as the secretariat sees it: no token hashes. */
export function publicGuest(guest: StoredGuest): Guest {
  const { id, name, organisation, email, language, needs, status, createdAt, confirmedAt, updatedAt } = guest;
  return { id, name, organisation, email, language, needs, status, createdAt, confirmedAt, updatedAt };
}

/**
 * Counts of answers and needs, for planning interpretation, access and materials. A confirmed
 * guest is coming like a member who answered yes.
 */
export function summarize(rsvps: StoredRsvp[], guests: StoredGuest[] = []): RsvpSummary {
  const confirmedGuests = guests.filter((guest) => guest.status === 'confirmed');
  const coming = [...rsvps.filter((rsvp) => rsvp.answer === 'yes' || rsvp.answer === 'maybe'), ...confirmedGuests];
  const count = (need: (typeof accessNeeds)[number]) => coming.filter((person) => person.needs?.[need]).length;
  return {
    yes: rsvps.filter((rsvp) => rsvp.answer === 'yes').length,
    no: rsvps.filter((rsvp) => rsvp.answer === 'no').length,
    maybe: rsvps.filter((rsvp) => rsvp.answer === 'maybe').length,
    attended: rsvps.filter((rsvp) => rsvp.attended === true).length,
    guests: confirmedGuests.length,
    needs: {
      signLanguage: count('signLanguage'),
      stepFreeAccess: count('stepFreeAccess'),
      captioning: count('captioning'),
      accessibleFormats: count('accessibleFormats'),
      other: coming.map((person) => person.needs?.other ?? '').filter((other) => other.length > 0),
    },
  };
}

/** The calendar code (ical-generator) loads only for requests that build one: it is slow to load. */
async function renderCalendar(...args: Parameters<typeof SessionsCalendar>): Promise<string> {
  const { sessionsCalendar } = await import('./calendar.ts');
  return sessionsCalendar(...args);
}

/** The public calendar: every public session past draft, cancelled ones marked so. */
export async function publicCalendar(
  deps: Pick<DomainDeps, 'sessions' | 'themes' | 'portalOrigin' | 'now'>,
): Promise<string> {
  const since = new Date(deps.now().getTime() - 365 * 24 * 3600 * 1000).toISOString();
  const page = await deps.sessions.list({ scope: 'public', from: since, order: 'asc', limit: 500 });
  const themes = new Map((await deps.themes.list()).map((theme) => [theme.slug, theme]));
  return renderCalendar(page.items, {
    name: 'Biznes və insan hüquqları işçi qrupu / Business and Human Rights working group',
    portalOrigin: deps.portalOrigin,
    themes,
    method: 'PUBLISH',
  });
}

export async function sessionCalendar(
  deps: Pick<DomainDeps, 'sessions' | 'themes' | 'portalOrigin'>,
  actor: Actor,
  id: string,
): Promise<string> {
  const session = await deps.sessions.get(id);
  if (!session || !canSee(actor, session)) throw new NotFound('No such session.');
  const theme = await deps.themes.get(session.theme);
  return renderCalendar([session], {
    name: session.title.en,
    portalOrigin: deps.portalOrigin,
    themes: new Map(theme ? [[theme.slug, theme]] : []),
    method: 'PUBLISH',
  });
}
