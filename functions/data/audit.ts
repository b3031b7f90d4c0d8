import type { AuditEvent } from '#shared/schemas/audit.ts';
import { queryPage, tableName } from './table.ts';

const logPartition = 'AUDIT';

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
        SK: `${event.at}#${event.id}`,
        GSI1PK: `AUDIT#${event.entityType}#${event.entityId}`,
        GSI1SK: `${event.at}#${event.id}`,
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

function toEvent(item: Record<string, unknown>): AuditEvent {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, type: _type, ...event } = item;
  return event as AuditEvent;
}

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
        ExpressionAttributeValues: { ':pk': `AUDIT#${entityType}#${entityId}` },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: result.items.map(toEvent), nextCursor: result.nextCursor };
  },
};

export type AuditLog = typeof auditLog;
