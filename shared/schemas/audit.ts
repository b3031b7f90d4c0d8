import { z } from 'zod';
import { cursorQuery, pageOf } from './common.ts';

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: 'ISO instant of the change.' }),
    actorId: z.string().nullable().meta({ description: 'The member who acted; null for the system.' }),
    actorName: z.string().nullable(),
    action: z.string().meta({ example: 'member.invited' }),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).optional(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = pageOf(auditEventSchema).meta({ id: 'AuditPage' });
export const auditQuerySchema = z.object({ ...cursorQuery });
