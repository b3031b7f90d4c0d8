import type { StoredGuest } from '#functions/data/guests.ts';
import { Conflict, NotFound, TooManyRequests } from '#functions/errors.ts';
import type { GuestLinkStatus } from '#shared/constants.ts';
import type { GuestRegistrationInput } from '#shared/schemas/guest-registration.ts';
import type { Session } from '#shared/schemas/session.ts';
import { takingAtLeast } from './answer-floor.ts';
import type { DomainDeps } from './deps.ts';
import { guestRegistrationMail } from './emails/guests.ts';
import { takeAttempt } from './rate-limit.ts';
import { hashToken, newToken } from './tokens.ts';

type GuestDeps = Pick<DomainDeps, 'sessions' | 'guests' | 'rateLimits' | 'mailer' | 'portalOrigin' | 'now' | 'sleep'>;

export const guestConfirmHours = 48;
/** Per address: a person who lost the email may ask again, but an address cannot be flooded. */
export const guestAddressRateLimit = { max: 5, windowSeconds: 3600 };
/** Per client (network address): one machine cannot register many addresses. */
export const guestClientRateLimit = { max: 20, windowSeconds: 3600 };
/** Every registration takes at least this long, so timing does not tell whether an address registered. */
export const guestMinimumMs = 400;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** One registration an address a session: its id is derived from both, never from the address alone. */
export const guestIdFor = (sessionId: string, email: string) => hashToken(`${sessionId}\n${email}`);

const linkTokenPattern = /^([\w-]{8,64})\.([\w-]{43})\.([\w-]{43})$/;

/** A link token is `<sessionId>.<guestId>.<secret>`: it finds the registration; the secret proves it. */
function parseLinkToken(token: string | undefined) {
  const match = linkTokenPattern.exec(token ?? '');
  if (!match) return undefined;
  const [, sessionId, guestId, secret] = match as unknown as [string, string, string, string];
  return { sessionId, guestId, secretHash: hashToken(secret) };
}

/**
 * Where a cancel link leads: the session page, which asks before it cancels (a mail scanner
 * that opens every link must not cancel anyone). The token rides in the fragment, which no
 * server, log or Referer sees (ARCHITECTURE.md, "Guests").
 */
export function guestCancelPage(portalOrigin: string, sessionId: string, token: string): string {
  return `${portalOrigin}/sessions/${sessionId}?guest=cancel#token=${token}`;
}

/** The cancel page of a link sent before cancel links led there (they led to the API), or none. */
export function cancelPageOf(portalOrigin: string, token: string | undefined): string | undefined {
  const parsed = parseLinkToken(token);
  return parsed && token ? guestCancelPage(portalOrigin, parsed.sessionId, token) : undefined;
}

/** Only a public session past draft is open to guests; any other is unknown to them (404). */
function openToGuests(session: Session | undefined): session is Session {
  return session !== undefined && session.visibility === 'public' && session.status !== 'draft';
}

/**
 * Registers a guest for a public, scheduled session and sends the one email that confirms it
 * (or, to a guest already confirmed, a fresh cancel link). The answer is the same either way.
 */
export async function registerGuest(
  deps: GuestDeps,
  sessionId: string,
  input: GuestRegistrationInput,
  client: string,
): Promise<void> {
  await takingAtLeast(deps, guestMinimumMs, async () => {
    await takeAttempt(deps, `guest#${input.email}`, guestAddressRateLimit);
    await takeAttempt(deps, `guest-client#${client}`, guestClientRateLimit);
    const session = await deps.sessions.get(sessionId);
    if (!openToGuests(session)) throw new NotFound('No such session.');
    const now = deps.now();
    if (session.status !== 'scheduled' || Date.parse(session.startsAt) <= now.getTime()) {
      throw new Conflict('registration-closed', 'Registration is open only while the session is upcoming.');
    }
    if (session.capacity !== null && session.seatsTaken >= session.capacity) {
      throw new Conflict('session-full', 'The session is full.');
    }
    const guestId = guestIdFor(sessionId, input.email);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const existing = await deps.guests.get(sessionId, guestId);
      const cancelSecret = newToken();
      const confirmSecret = newToken();
      const stamp = now.toISOString();
      const confirmed = existing?.status === 'confirmed';
      const next: StoredGuest = confirmed
        ? { ...existing, cancelTokenHash: hashToken(cancelSecret), updatedAt: stamp, version: existing.version + 1 }
        : {
            id: guestId,
            sessionId,
            name: input.name,
            organisation: input.organisation,
            email: input.email,
            language: input.language,
            needs: input.needs,
            status: 'pending',
            createdAt: existing?.createdAt ?? stamp,
            confirmedAt: null,
            updatedAt: stamp,
            confirmTokenHash: hashToken(confirmSecret),
            cancelTokenHash: hashToken(cancelSecret),
            confirmBy: seconds(now) + guestConfirmHours * 3600,
            version: (existing?.version ?? 0) + 1,
          };
      if (!(await deps.guests.save(next, existing))) continue;
      const token = (secret: string) => `${sessionId}.${guestId}.${secret}`;
      await deps.mailer.send(
        guestRegistrationMail(
          input.email,
          input.language,
          session,
          {
            ...(confirmed ? {} : { confirm: `${deps.portalOrigin}/api/guests/confirm?token=${token(confirmSecret)}` }),
            cancel: guestCancelPage(deps.portalOrigin, sessionId, token(cancelSecret)),
            session: `${deps.portalOrigin}/sessions/${sessionId}`,
          },
          guestConfirmHours,
        ),
      );
      return;
    }
    throw new TooManyRequests(1, 'Too many requests at once; try again in a moment.');
  });
}

export interface GuestLinkOutcome {
  status: GuestLinkStatus;
  sessionId?: string;
}

/**
 * Confirms a registration: it takes a seat in the same transaction as the session's count, so a
 * guest never takes the last seat a member took meanwhile. Confirming twice is confirmed.
 */
export async function confirmGuest(
  deps: Pick<DomainDeps, 'sessions' | 'guests' | 'now' | 'sleep'>,
  token: string | undefined,
): Promise<GuestLinkOutcome> {
  const parsed = parseLinkToken(token);
  if (!parsed) return { status: 'invalid-link' };
  const { sessionId } = parsed;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const guest = await deps.guests.get(sessionId, parsed.guestId);
    if (!guest || guest.confirmTokenHash !== parsed.secretHash) return { status: 'invalid-link' };
    if (guest.status === 'confirmed') return { status: 'confirmed', sessionId };
    if (guest.status === 'cancelled') return { status: 'invalid-link', sessionId };
    const now = deps.now();
    if (guest.confirmBy <= seconds(now)) return { status: 'expired-link', sessionId };
    const session = await deps.sessions.get(sessionId);
    if (!openToGuests(session)) return { status: 'invalid-link' };
    if (session.status !== 'scheduled') return { status: 'closed', sessionId };
    const result = await deps.guests.saveWithSeat(
      {
        ...guest,
        status: 'confirmed',
        confirmedAt: now.toISOString(),
        updatedAt: now.toISOString(),
        version: guest.version + 1,
      },
      guest,
      1,
    );
    if (result === 'saved') return { status: 'confirmed', sessionId };
    if (result === 'full' || result === 'closed') {
      const latest = await deps.sessions.get(sessionId);
      return { status: latest?.status === 'scheduled' ? 'full' : 'closed', sessionId };
    }
    await deps.sleep(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new TooManyRequests(1, 'Many answers are arriving at once; try again in a moment.');
}

/** Cancels a registration from the link in its email; a confirmed one gives its seat back. */
export async function cancelGuest(
  deps: Pick<DomainDeps, 'guests' | 'now' | 'sleep'>,
  token: string | undefined,
): Promise<GuestLinkOutcome> {
  const parsed = parseLinkToken(token);
  if (!parsed) return { status: 'invalid-link' };
  const { sessionId } = parsed;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const guest = await deps.guests.get(sessionId, parsed.guestId);
    if (!guest || guest.cancelTokenHash !== parsed.secretHash) return { status: 'invalid-link' };
    if (guest.status === 'cancelled') return { status: 'cancelled', sessionId };
    const stamp = deps.now().toISOString();
    const cancelled: StoredGuest = { ...guest, status: 'cancelled', updatedAt: stamp, version: guest.version + 1 };
    if (guest.status === 'pending') {
      if (await deps.guests.save(cancelled, guest)) return { status: 'cancelled', sessionId };
      continue;
    }
    const result = await deps.guests.saveWithSeat(cancelled, guest, -1);
    if (result === 'saved') return { status: 'cancelled', sessionId };
    if (result === 'closed') return { status: 'closed', sessionId };
    await deps.sleep(5 + Math.random() * 20 * (attempt + 1));
  }
  throw new TooManyRequests(1, 'Many answers are arriving at once; try again in a moment.');
}
