import type { MailSuppressions } from '#functions/data/mail-suppressions.ts';
import type { Outbox } from '#functions/data/outbox.ts';
import type { Subscriptions } from '#functions/data/subscriptions.ts';
import type { DomainDeps } from './deps.ts';

/**
 * What SES tells about a sent email through the configuration set's event destination
 * (ARCHITECTURE.md, "Mail outbox"): the parts of an SES event that matter here.
 */
export interface SesMailEvent {
  eventType: 'Bounce' | 'Complaint' | 'Delivery' | 'Send' | string;
  mail: { tags?: Record<string, string[]> };
  bounce?: { bounceType: string; bounceSubType: string; bouncedRecipients: Array<{ emailAddress: string }> };
  complaint?: { complaintFeedbackType?: string; complainedRecipients: Array<{ emailAddress: string }> };
}

type FeedbackDeps = Pick<DomainDeps, 'now'> & {
  mailSuppressions: MailSuppressions;
  outbox: Outbox;
  subscriptions: Subscriptions;
};

/**
 * A hard bounce or a complaint marks the address: nothing more is sent to it, its follows end,
 * and the delivery shows as bounced. A soft (transient) bounce marks nothing: the next message
 * may well arrive. Answers the addresses marked.
 */
export async function handleMailFeedback(deps: FeedbackDeps, event: SesMailEvent): Promise<string[]> {
  const at = deps.now().toISOString();
  let marked: Array<{ address: string; reason: 'bounce' | 'complaint'; detail: string }> = [];
  if (event.eventType === 'Bounce' && event.bounce?.bounceType === 'Permanent') {
    const detail = `${event.bounce.bounceType}/${event.bounce.bounceSubType}`;
    marked = event.bounce.bouncedRecipients.map((r) => ({ address: r.emailAddress, reason: 'bounce', detail }));
  } else if (event.eventType === 'Complaint' && event.complaint) {
    const detail = event.complaint.complaintFeedbackType ?? 'complaint';
    marked = event.complaint.complainedRecipients.map((r) => ({
      address: r.emailAddress,
      reason: 'complaint',
      detail,
    }));
  }
  const messageId = event.mail.tags?.['outbox-message']?.[0];
  for (const { address, reason, detail } of marked) {
    const normalized = address.trim().toLowerCase();
    await deps.mailSuppressions.mark({ address: normalized, reason, detail, at });
    for (const subscription of await deps.subscriptions.ofAddress(normalized)) {
      await deps.subscriptions.remove(subscription.email, subscription.theme, subscription.unsubscribeToken);
    }
    if (messageId) await deps.outbox.markBounced(messageId, normalized, at, `${reason}: ${detail}`);
  }
  return marked.map((entry) => entry.address.toLowerCase());
}
