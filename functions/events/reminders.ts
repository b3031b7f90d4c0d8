import { sendReminders } from '#functions/domain/reminders.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eventHandler } from './handler.ts';

/**
 * Hourly: writes the reminder of every scheduled session starting within a day (once per session;
 * the mail worker sends it). Sessions are taken one by one (ARCHITECTURE.md, "Jobs"); one that
 * failed is retried by the next hourly run, and the invocation fails so the alarm sees it.
 */
export const handler = eventHandler('reminders', async (_event: unknown, log) => {
  const { failures, ...counts } = await sendReminders(defaultDeps());
  for (const failure of failures) log.error('reminder not written', { ...failure });
  log.info('reminders: done', counts);
  if (counts.failed > 0) throw new Error(`${counts.failed} reminders could not be written; see the log.`);
  return counts;
});
