import type { Outbox } from '#functions/data/outbox.ts';
import { NotFound } from '#functions/errors.ts';
import type { MessageCounts } from '#shared/schemas/message.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';

export type RestartResult = { restarted: true; counts: MessageCounts } | { restarted: false; reason: 'done' };

/**
 * Restarts a message left "sending" after its stream records reached the dead-letter queue
 * (ARCHITECTURE.md, "Mail outbox", "Restarting a stuck message"). Safe at any time: the worker's
 * next pass sends only deliveries still pending, each claimed by a conditional write, and marks a
 * claim an interrupted pass left standing as `unknown` rather than sending it again, so no
 * recipient is mailed twice. Recorded in the audit log on the message's session.
 */
export async function restartMessage(
  deps: Pick<DomainDeps, 'now'> & { outbox: Outbox },
  messageId: string,
  by: string,
): Promise<RestartResult> {
  const message = await deps.outbox.get(messageId);
  if (!message) throw new NotFound('No such message.');
  if (message.state === 'done') return { restarted: false, reason: 'done' };
  const { counts } = message;
  const event = auditEvent(
    deps.now(),
    null,
    'mail.restarted',
    'roundId' in message ? { type: 'round', id: message.roundId } : { type: 'session', id: message.sessionId },
    `Message ${message.id} (${message.kind}) restarted by ${by}: ${counts.sent} of ${counts.recipients} sent before, ${counts.pending} pending`,
  );
  if (!(await deps.outbox.restart(message, event))) return { restarted: false, reason: 'done' };
  return { restarted: true, counts };
}
