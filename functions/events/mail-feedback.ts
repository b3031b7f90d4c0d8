import type { EventBridgeEvent } from 'aws-lambda';
import { mailSuppressions } from '#functions/data/mail-suppressions.ts';
import { membersRepository } from '#functions/data/members.ts';
import { outbox } from '#functions/data/outbox.ts';
import { subscriptions } from '#functions/data/subscriptions.ts';
import { handleMailFeedback, type SesMailEvent } from '#functions/domain/mail-feedback.ts';
import { eventHandler } from './handler.ts';

/**
 * SES bounce and complaint events, as the configuration set's EventBridge destination delivers
 * them (the SES event is the `detail`). Tests hand recorded events to this same handler.
 */
export const handler = eventHandler<EventBridgeEvent<string, SesMailEvent>, { marked: string[] }>(
  'mail-feedback',
  async (event, log) => {
    const marked = await handleMailFeedback(
      { mailSuppressions, members: membersRepository, outbox, subscriptions, now: () => new Date() },
      event.detail,
    );
    if (marked.length > 0)
      log.warn('addresses marked as bouncing', { count: marked.length, type: event.detail.eventType });
    return { marked };
  },
);
