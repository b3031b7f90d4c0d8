import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, auditEventSchema } from '#shared/schemas/audit.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { auditKeys, timeSortKey } from './keys.ts';
import { queryPage, tableName } from './table.ts';

/** The one partition of the audit log; infra/constructs/api.ts denies changing items under it. */
export const logPartition = auditKeys.log;

/**
 * The put of one audit event, to go into the same transaction as the change it records.
 * Events sort by time under one partition (newest first on read) and by record under GSI1.
 */
export function auditPut(event: AuditEvent) {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        PK: logPartition,
        SK: timeSortKey(event.at, event.id),
        GSI1PK: auditKeys.ofRecord(event.entityType, event.entityId),
        GSI1SK: timeSortKey(event.at, event.id),
        type: 'audit',
        ...event,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

export interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

const toEvent = itemReader(auditEventSchema);

export const auditLog = {
  async list(options: { limit: number; cursor?: string }): Promise<AuditPage> {
    const result = await queryPage(
      {
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': logPartition },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: result.items.map(toEvent), nextCursor: result.nextCursor };
  },

  async forRecord(
    entityType: string,
    entityId: string,
    options: { limit: number; cursor?: string },
  ): Promise<AuditPage> {
    const result = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': auditKeys.ofRecord(entityType, entityId) },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: result.items.map(toEvent), nextCursor: result.nextCursor };
  },
};

export type AuditLog = typeof auditLog;

/**
 * Rewrites the identifying words of past events for an erasure (`npm run admin -- erase-member`;
 * ARCHITECTURE.md, "Personal data"). Only the admin command calls it, with admin credentials: the
 * API role is denied any change to the `AUDIT` partition by IAM (infra/constructs/api.ts), so the
 * log stays append-only for the application. Time, action, record and actor id never change.
 */
export const auditRewrites = {
  /** Every event, newest first, a page at a time (admin only: it reads the whole log). */
  async *all(): AsyncGenerator<AuditEvent[]> {
    let cursor: string | undefined;
    do {
      const page = await auditLog.list({ limit: 100, cursor });
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  },

  async replace(event: AuditEvent): Promise<void> {
    const { Put } = auditPut(event);
    await dynamo().send(new PutCommand({ ...Put, ConditionExpression: 'attribute_exists(PK)' }));
  },
};
