import * as z from 'zod/mini';
import { cursorQuery, meta, pageOf } from './common.ts';

export const auditEventSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    at: z.string().apply(meta({ description: 'ISO instant of the change.' })),
    actorId: z.nullable(z.string()).apply(meta({ description: 'The member who acted; null for the system.' })),
    actorName: z.nullable(z.string()),
    action: z.string().apply(meta({ example: 'member.invited' })),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    changes: z.optional(z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))),
  })
  .apply(meta({ id: 'AuditEvent' }));
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = /* @__PURE__ */ pageOf(auditEventSchema).apply(meta({ id: 'AuditPage' }));
export const auditQuerySchema = /* @__PURE__ */ z.object({ ...cursorQuery });
