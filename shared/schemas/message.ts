import { z } from 'zod';

/**
 * Mail the portal sends about a session, outside any request (ARCHITECTURE.md, "Mail outbox"):
 * the message is written with the change that causes it, then a worker sends one delivery per
 * recipient. The secretariat sees each message with its counts and who it went to.
 */
export const sessionMessageKinds = ['invitation', 'changed', 'cancelled', 'reminder', 'follower-news'] as const;
export type SessionMessageKind = (typeof sessionMessageKinds)[number];
/** Mail about a monitoring round: the request to addressees, the reminder, the results to followers. */
export const roundMessageKinds = ['round-request', 'round-reminder', 'round-results'] as const;
export type RoundMessageKind = (typeof roundMessageKinds)[number];
export const messageKinds = [...sessionMessageKinds, ...roundMessageKinds] as const;
export const messageKindSchema = z.enum(messageKinds);
export type MessageKind = z.infer<typeof messageKindSchema>;

/** queued: written, not yet taken; sending: deliveries listed, some still to go; done: none left. */
export const messageStateSchema = z.enum(['queued', 'sending', 'done']);
export type MessageState = z.infer<typeof messageStateSchema>;

/**
 * pending: to be sent; sending: claimed by a worker (an interrupted claim becomes `unknown`, and is
 * never sent again: at most once); sent; failed (SES refused it); bounced (SES or the recipient's
 * server bounced it, or it complained); suppressed (the address was already marked as bouncing).
 */
export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'bounced', 'suppressed', 'unknown'] as const;
export const deliveryStatusSchema = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const messageCountsSchema = z.object({
  recipients: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  bounced: z.number().int(),
  /** Not sent because the address was marked as bouncing, or the claim was interrupted. */
  notSent: z.number().int(),
  pending: z.number().int(),
});
export type MessageCounts = z.infer<typeof messageCountsSchema>;

export const emptyCounts: MessageCounts = { recipients: 0, sent: 0, failed: 0, bounced: 0, notSent: 0, pending: 0 };

export const deliverySchema = z
  .object({
    address: z.string(),
    name: z.string(),
    memberId: z.string().nullable(),
    status: deliveryStatusSchema,
    updatedAt: z.string(),
    error: z.string().nullable(),
  })
  .meta({ id: 'Delivery' });
export type Delivery = z.infer<typeof deliverySchema>;

export const messageSummarySchema = z
  .object({
    id: z.string(),
    kind: messageKindSchema,
    sessionId: z.string(),
    state: messageStateSchema,
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    counts: messageCountsSchema,
  })
  .meta({ id: 'MessageSummary' });
export type MessageSummary = z.infer<typeof messageSummarySchema>;

export const sessionMessagesSchema = z
  .object({
    items: z.array(messageSummarySchema.extend({ deliveries: z.array(deliverySchema) })),
  })
  .meta({ id: 'SessionMessages' });

/** Who a change of time or place, or a cancellation, would be told about, before it is saved. */
export const noticePreviewSchema = z
  .object({
    count: z.number().int(),
    recipients: z.array(
      z.object({
        memberId: z.string().nullable().meta({ description: 'Null for a guest registered without an account.' }),
        name: z.string(),
        organisation: z.string(),
      }),
    ),
  })
  .meta({ id: 'NoticePreview' });
export type NoticePreview = z.infer<typeof noticePreviewSchema>;
