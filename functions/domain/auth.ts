import type { Login } from '#functions/data/logins.ts';
import type { SignInError } from '#shared/schemas/auth.ts';
import type { Member } from '#shared/schemas/member.ts';
import { takingAtLeast } from './answer-floor.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { invitationMail, signInMail } from './emails/sign-in.ts';
import { takeAttempt } from './rate-limit.ts';
import { hashToken, newToken, tokenPattern } from './tokens.ts';

export const signInLinkSeconds = 15 * 60;
export const invitationLinkSeconds = 7 * 24 * 60 * 60;
export const loginSeconds = 14 * 24 * 60 * 60;
export const signInRateLimit = { max: 5, windowSeconds: 60 * 60 };
/**
 * Every sign-in request takes at least this long, so that the time of the answer does not
 * tell whether an address belongs to a member (a known one costs a write and an email).
 */
export const signInMinimumMs = 600;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

type AuthDeps = Pick<
  DomainDeps,
  'members' | 'signInLinks' | 'logins' | 'rateLimits' | 'mailer' | 'mailSuppressions' | 'portalOrigin' | 'now' | 'sleep'
>;

/**
 * Stores a new one-time link for the member and answers its URL; `next`, a path of the portal
 * (`shared/return-path.ts`), rides along so that the link brings the member back to where they were.
 */
async function issueLink(deps: AuthDeps, member: Member, validSeconds: number, next?: string): Promise<string> {
  const token = newToken();
  const now = deps.now();
  await deps.signInLinks.create({
    tokenHash: hashToken(token),
    memberId: member.id,
    createdAt: now.toISOString(),
    expiresAt: seconds(now) + validSeconds,
  });
  const returnTo = next && next !== '/' ? `&next=${encodeURIComponent(next)}` : '';
  return `${deps.portalOrigin}/api/auth/callback?token=${token}${returnTo}`;
}

/** Sends a sign-in link to a known, not deactivated member; answers the same for any address. */
export async function requestSignIn(deps: AuthDeps, email: string, next?: string): Promise<void> {
  await takingAtLeast(deps, signInMinimumMs, async () => {
    await takeAttempt(deps, `sign-in#${email}`, signInRateLimit);
    const member = await deps.members.findByEmail(email);
    if (member && member.status !== 'deactivated') {
      const link = await issueLink(deps, member, signInLinkSeconds, next);
      await deps.mailer.send(signInMail(member, link));
    }
  });
}

/** Sends an invitee their invitation, with a link that stays valid longer than a sign-in link. */
export async function sendInvitation(deps: AuthDeps, member: Member, inviter: Pick<Member, 'name'>): Promise<void> {
  const link = await issueLink(deps, member, invitationLinkSeconds);
  await deps.mailer.send(invitationMail(member, inviter, link, `${deps.portalOrigin}/sign-in`));
}

export class SignInLinkRefused extends Error {
  constructor(readonly reason: SignInError) {
    super(reason);
  }
}

/**
 * Redeems a link: opens a login (and activates an invited member) or refuses with why.
 * Answers the cookie value `<memberId>.<secret>`; only the secret's hash is stored, and
 * `firstSignIn` when it activated an invitation (the portal then welcomes the new member).
 */
export async function completeSignIn(
  deps: AuthDeps,
  token: string | undefined,
): Promise<{ cookie: string; member: Member; maxAgeSeconds: number; firstSignIn: boolean }> {
  if (!token || !tokenPattern.test(token)) throw new SignInLinkRefused('invalid-link');
  const now = deps.now();
  const link = await deps.signInLinks.get(hashToken(token));
  if (!link || link.usedAt) throw new SignInLinkRefused('invalid-link');
  if (link.expiresAt <= seconds(now)) throw new SignInLinkRefused('expired-link');
  const member = await deps.members.get(link.memberId);
  if (!member || member.status === 'deactivated') throw new SignInLinkRefused('invalid-link');

  const secret = newToken();
  const login: Login = {
    tokenHash: hashToken(secret),
    memberId: member.id,
    createdAt: now.toISOString(),
    expiresAt: seconds(now) + loginSeconds,
  };
  let signedIn = member;
  let activation: Parameters<AuthDeps['signInLinks']['redeem']>[0]['activation'];
  if (member.status === 'invited') {
    signedIn = { ...member, status: 'active', updatedAt: now.toISOString(), version: member.version + 1 };
    activation = {
      before: member,
      after: signedIn,
      event: auditEvent(now, member, 'member.activated', { type: 'member', id: member.id }, 'First sign-in', {
        status: { from: 'invited', to: 'active' },
      }),
    };
  }
  const result = await deps.signInLinks.redeem({ link, now, login, activation });
  if (result === 'already-used') throw new SignInLinkRefused('invalid-link');
  // A link sent to the address was followed: the address works again (ARCHITECTURE.md, "Mail outbox").
  await deps.mailSuppressions.clear(member.email);
  return {
    cookie: `${member.id}.${secret}`,
    member: signedIn,
    maxAgeSeconds: loginSeconds,
    firstSignIn: activation !== undefined,
  };
}

function parseCookie(cookie: string | undefined): { memberId: string; secret: string } | undefined {
  const [memberId, secret, ...rest] = (cookie ?? '').split('.');
  if (!memberId || !secret || rest.length > 0 || !/^[\w-]{8,64}$/.test(memberId) || !tokenPattern.test(secret)) {
    return undefined;
  }
  return { memberId, secret };
}

/** The signed-in member behind a cookie: only an unexpired login of an active member counts. */
export async function authenticate(
  deps: Pick<DomainDeps, 'logins' | 'now'>,
  cookie: string | undefined,
): Promise<Member | undefined> {
  const parsed = parseCookie(cookie);
  if (!parsed) return undefined;
  const { login, member, loginsCutAt } = await deps.logins.getWithMember(parsed.memberId, hashToken(parsed.secret));
  if (!login || login.expiresAt <= seconds(deps.now()) || member?.status !== 'active') return undefined;
  // Deactivation cut every login opened until then; reactivation does not bring them back.
  if (loginsCutAt !== undefined && login.createdAt <= loginsCutAt) return undefined;
  return member;
}

export async function signOut(deps: Pick<DomainDeps, 'logins'>, cookie: string | undefined): Promise<void> {
  const parsed = parseCookie(cookie);
  if (parsed) await deps.logins.delete(parsed.memberId, hashToken(parsed.secret));
}
