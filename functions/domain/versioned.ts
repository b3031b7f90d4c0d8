import { PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { Member } from '#shared/schemas/member.ts';
import { auditEvent, diff } from './audit.ts';

type Changes = NonNullable<AuditEvent['changes']>;

interface Versioned {
  version: number;
  updatedAt: string;
}

/** 412 unless the record is still at the version the caller read; no check when none was sent. */
export function requireVersion(record: { version: number }, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && record.version !== expectedVersion) throw new PreconditionFailed();
}

export interface VersionedUpdate<T extends Versioned> {
  actor: Pick<Member, 'id' | 'name'> | null;
  /** The record as read (and authorized) by the caller. */
  before: T;
  /** The record as it should become; `updatedAt` and `version` are set here. */
  after: T;
  /** The version the caller read (the If-Match header), checked here unless checked already. */
  expectedVersion?: number;
  /** The fields whose changes the audit event records; when given and none changed, nothing is written. */
  fields?: ReadonlyArray<keyof T>;
  /** Changes beside the record's own fields (e.g. of items written with it), for the audit event. */
  otherChanges?: Changes;
  /** What the audit event says, knowing what changed. */
  event: (changes: Changes) => { action: string; entity: { type: string; id: string }; summary: string };
  /** The repository's conditional write: the change and its event in one transaction. */
  write: (before: T, after: T, event: AuditEvent) => Promise<void>;
}

/**
 * The one way a use case changes a versioned record (ARCHITECTURE.md, "Invariants": optimistic
 * locking, audit in the same transaction): check the version read, find what changed, bump the
 * version, and write the record with its audit event. Answers the record as it now is.
 */
export async function updateVersioned<T extends Versioned>(
  now: Date,
  update: VersionedUpdate<T>,
): Promise<{ record: T; changes: Changes }> {
  const { actor, before, expectedVersion, fields, event, write } = update;
  requireVersion(before, expectedVersion);
  const changes = { ...(fields ? diff(before, update.after, fields) : {}), ...update.otherChanges };
  if (fields && Object.keys(changes).length === 0) return { record: before, changes };
  const after: T = { ...update.after, updatedAt: now.toISOString(), version: before.version + 1 };
  const { action, entity, summary } = event(changes);
  await write(before, after, auditEvent(now, actor, action, entity, summary, changes));
  return { record: after, changes };
}
