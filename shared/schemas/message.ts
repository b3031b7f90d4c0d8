import * as z from 'zod/mini';
import { deliveryStatuses, messageKinds } from '../constants.ts';
import { meta } from './common.ts';

/**
 * Mail the portal sends about a session, outside any request (ARCHITECTURE.md, "Mail outbox"):
 * the message is written with the change that causes it, then a worker sends one delivery per
 * recipient. The secretariat sees each message with its counts and who it went to.
 */
export const messageKindSchema = /* @__PURE__ */ z.enum(messageKinds);
export type { RoundMessageKind, SessionMessageKind } from '../constants.ts';
export type MessageKind = z.infer<typeof messageKindSchema>;

/** queued: written, not yet taken; sending: deliveries listed, some still to go; done: none left. */
export const messageStateSchema = /* @__PURE__ */ z.enum(['queued', 'sending', 'done']);
export type MessageState = z.infer<typeof messageStateSchema>;

export const deliveryStatusSchema = /* @__PURE__ */ z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const messageCountsSchema = /* @__PURE__ */ z.object({
  recipients: z.int(),
  sent: z.int(),
  failed: z.int(),
  bounced: z.int(),
  /** Not sent because the address was marked as bouncing, or the claim was interrupted. */
  notSent: z.int(),
  pending: z.int(),
});
export type MessageCounts = z.infer<typeof messageCountsSchema>;

export const deliverySchema = /* @__PURE__ */ z
  .object({
    address: z.string(),
    name: z.string(),
    memberId: z.nullable(z.string()),
    status: deliveryStatusSchema,
    updatedAt: z.string(),
    error: z.nullable(z.string()),
  })
  .apply(meta({ id: 'Delivery' }));
export type Delivery = z.infer<typeof deliverySchema>;

export const messageSummarySchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    kind: messageKindSchema,
    sessionId: z.string(),
    state: messageStateSchema,
    createdAt: z.string(),
    finishedAt: z.nullable(z.string()),
    counts: messageCountsSchema,
  })
  .apply(meta({ id: 'MessageSummary' }));
export type MessageSummary = z.infer<typeof messageSummarySchema>;

export const sessionMessagesSchema = /* @__PURE__ */ z
  .object({
    items: z.array(z.extend(messageSummarySchema, { deliveries: z.array(deliverySchema) })),
  })
  .apply(meta({ id: 'SessionMessages' }));

/** Who a change of time or place, or a cancellation, would be told about, before it is saved. */
export const noticePreviewSchema = /* @__PURE__ */ z
  .object({
    count: z.int(),
    recipients: z.array(
      z.object({
        memberId: z
          .nullable(z.string())
          .apply(meta({ description: 'Null for a guest registered without an account.' })),
        name: z.string(),
        organisation: z.string(),
      }),
    ),
  })
  .apply(meta({ id: 'NoticePreview' }));
export type NoticePreview = z.infer<typeof noticePreviewSchema>;
