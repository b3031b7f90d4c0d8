import { ValidationFailed } from '#functions/errors.ts';
import type { Subscribe } from '#shared/schemas/subscription.ts';
import { takingAtLeast } from './answer-floor.ts';
import type { DomainDeps } from './deps.ts';
import { confirmFollowMail } from './emails/follow.ts';
import { takeAttempt } from './rate-limit.ts';
import { hashToken, newToken, tokenPattern } from './tokens.ts';

type FollowDeps = Pick<
  DomainDeps,
  'subscriptions' | 'themes' | 'mailer' | 'rateLimits' | 'portalOrigin' | 'now' | 'sleep'
>;

const confirmSeconds = 7 * 24 * 3600;
export const followRateLimit = { max: 5, windowSeconds: 3600 };
/** Every request takes at least this long, so timing does not tell whether an address follows. */
export const followMinimumMs = 400;

/**
 * Asks an address to confirm following a theme (double opt-in). The answer is the same whether
 * or not the address already follows it; an address that already follows gets no new email.
 */
export async function requestFollow(deps: FollowDeps, input: Subscribe): Promise<void> {
  await takingAtLeast(deps, followMinimumMs, async () => {
    await takeAttempt(deps, `follow#${input.email}`, followRateLimit);
    const theme = await deps.themes.get(input.theme);
    if (!theme) throw new ValidationFailed([{ field: 'theme', code: 'unknown-theme', message: 'No such theme.' }]);
    const existing = await deps.subscriptions.get(input.email, input.theme);
    if (existing?.status !== 'confirmed') {
      const token = newToken();
      const now = deps.now();
      await deps.subscriptions.requestConfirmation(
        {
          email: input.email,
          theme: input.theme,
          language: input.language,
          status: 'pending',
          unsubscribeToken: existing?.unsubscribeToken ?? newToken(),
          createdAt: existing?.createdAt ?? now.toISOString(),
          confirmedAt: null,
        },
        hashToken(token),
        Math.floor(now.getTime() / 1000) + confirmSeconds,
      );
      const link = `${deps.portalOrigin}/api/subscriptions/confirm?token=${token}`;
      await deps.mailer.send(confirmFollowMail(input.email, input.language, theme, link));
    }
  });
}

/** What a followed link came to, with the theme it was about (the follow page names it). */
export type FollowLinkResult =
  | { status: 'invalid-link'; theme?: undefined }
  | { status: 'confirmed' | 'unsubscribed'; theme: string };

const invalidLink = { status: 'invalid-link' } as const;

export async function confirmFollow(
  deps: Pick<DomainDeps, 'subscriptions' | 'now'>,
  token: string | undefined,
): Promise<FollowLinkResult> {
  if (!token || !tokenPattern.test(token)) return invalidLink;
  const hash = hashToken(token);
  const pending = await deps.subscriptions.confirmation(hash);
  // TTL deletes late: the expiry is checked here.
  if (!pending || pending.expiresAt <= Math.floor(deps.now().getTime() / 1000)) return invalidLink;
  const subscription = await deps.subscriptions.get(pending.email, pending.theme);
  if (!subscription) return invalidLink;
  await deps.subscriptions.confirm(
    { ...subscription, status: 'confirmed', confirmedAt: deps.now().toISOString() },
    hash,
  );
  return { status: 'confirmed' as const, theme: subscription.theme };
}

export async function unfollow(
  deps: Pick<DomainDeps, 'subscriptions'>,
  token: string | undefined,
): Promise<FollowLinkResult> {
  if (!token || !tokenPattern.test(token)) return invalidLink;
  const found = await deps.subscriptions.byUnsubscribeToken(token);
  if (!found) return invalidLink;
  await deps.subscriptions.remove(found.email, found.theme, token);
  return { status: 'unsubscribed' as const, theme: found.theme };
}
