import type { MailSuppressions } from '#functions/data/mail-suppressions.ts';
import type { MembersRepository } from '#functions/data/members.ts';
import type { Outbox } from '#functions/data/outbox.ts';
import type { Subscriptions } from '#functions/data/subscriptions.ts';
import { auditEvent } from './audit.ts';
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
  members: Pick<MembersRepository, 'findByEmail'>;
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
    // A member's mark is recorded on the member, so the secretariat finds it in their history;
    // a follower's or guest's on the address itself.
    const member = await deps.members.findByEmail(normalized);
    const entity = member ? { type: 'member', id: member.id } : { type: 'mail-address', id: normalized };
    const whose = member ? member.name : 'An address';
    const event = auditEvent(
      deps.now(),
      null,
      reason === 'bounce' ? 'mail.bounced' : 'mail.complained',
      entity,
      `${whose} marked as mail bouncing (${reason}: ${detail}); nothing more is sent to it until it is confirmed again or changed`,
    );
    await deps.mailSuppressions.mark({ address: normalized, reason, detail, at }, event);
    for (const subscription of await deps.subscriptions.ofAddress(normalized)) {
      await deps.subscriptions.remove(subscription.email, subscription.theme, subscription.unsubscribeToken);
    }
    if (messageId) await deps.outbox.markBounced(messageId, normalized, at, `${reason}: ${detail}`);
  }
  return marked.map((entry) => entry.address.toLowerCase());
}
