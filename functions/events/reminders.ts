import { sendReminders } from '#functions/domain/reminders.ts';
import { sendRoundReminders } from '#functions/domain/rounds.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eventHandler } from './handler.ts';

/**
 * Hourly: writes the reminder of every scheduled session starting within a day (once per session;
 * the mail worker sends it). Sessions are taken one by one (ARCHITECTURE.md, "Jobs"); one that
 * failed is retried by the next hourly run, and the invocation fails so the alarm sees it.
 */
export const handler = eventHandler('reminders', async (_event: unknown, log) => {
  const deps = defaultDeps();
  const { failures, ...counts } = await sendReminders(deps);
  for (const failure of failures) log.error('reminder not written', { ...failure });
  log.info('reminders: done', counts);
  // Monitoring rounds: addressees that have not answered hear once, a week before the deadline.
  const { failures: roundFailures, ...roundCounts } = await sendRoundReminders(deps);
  for (const failure of roundFailures) log.error('round reminder not written', { ...failure });
  log.info('round reminders: done', roundCounts);
  const failed = counts.failed + roundCounts.failed;
  if (failed > 0) throw new Error(`${failed} reminders could not be written; see the log.`);
  return { ...counts, rounds: roundCounts };
});
