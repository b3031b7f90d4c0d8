import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { Member } from '#shared/schemas/member.ts';
import { newId } from './ids.ts';

type Changes = NonNullable<AuditEvent['changes']>;

/** The fields whose values differ between two versions of a record, as from/to pairs. */
export function diff<T extends object>(before: T, after: T, fields: ReadonlyArray<keyof T>): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes[String(field)] = { from: before[field], to: after[field] };
    }
  }
  return changes;
}

export function auditEvent(
  now: Date,
  actor: Pick<Member, 'id' | 'name'> | null,
  action: string,
  entity: { type: string; id: string },
  summary: string,
  changes?: Changes,
): AuditEvent {
  return {
    id: newId(now),
    at: now.toISOString(),
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? null,
    action,
    entityType: entity.type,
    entityId: entity.id,
    summary,
    ...(changes && Object.keys(changes).length > 0 ? { changes } : {}),
  };
}
