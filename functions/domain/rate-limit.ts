import { TooManyRequests } from '#functions/errors.ts';
import type { DomainDeps } from './deps.ts';

export interface RateLimitRule {
  max: number;
  windowSeconds: number;
}

/**
 * Counts one attempt for `subject` in a sliding window, or refuses it with the seconds until
 * the oldest attempt leaves the window. Two racing attempts cannot both take the last place:
 * the log is written conditionally and a lost race is read again.
 */
export async function takeAttempt(
  deps: Pick<DomainDeps, 'rateLimits' | 'now'>,
  subject: string,
  rule: RateLimitRule,
): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const nowSeconds = Math.floor(deps.now().getTime() / 1000);
    const log = await deps.rateLimits.get(subject);
    const recent = log.attempts.filter((at) => at > nowSeconds - rule.windowSeconds);
    if (recent.length >= rule.max) {
      const oldest = Math.min(...recent);
      throw new TooManyRequests(Math.max(1, oldest + rule.windowSeconds - nowSeconds));
    }
    const saved = await deps.rateLimits.save(
      subject,
      { attempts: [...recent, nowSeconds], version: log.version },
      nowSeconds + rule.windowSeconds,
    );
    if (saved) return;
  }
  throw new TooManyRequests(1, 'Too many requests at once; try again in a moment.');
}
