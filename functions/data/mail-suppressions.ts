import { DeleteCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import { auditPut } from './audit.ts';
import { batchGetAll } from './batch.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { bouncingKey as key } from './keys.ts';
import { tableName } from './table.ts';

/**
 * An address that bounced hard or complained: `BOUNCING#<address>` / `ADDRESS`. While it stands,
 * the mail worker sends nothing to the address and the secretariat sees "mail bouncing" beside the
 * member. It goes when the address is confirmed again (its owner signs in with a link sent to it)
 * or the member's address is changed (the new address has no mark).
 */
export interface MailSuppression {
  address: string;
  reason: 'bounce' | 'complaint';
  /** SES's words: the bounce type and subtype, or the complaint's feedback type. */
  detail: string;
  at: string;
}

const markedAddress = itemReader(z.object({ address: z.string() }));

export const mailSuppressions = {
  /** Marks the address and records the mark in the audit log, in one transaction. */
  async mark(suppression: MailSuppression, event: AuditEvent): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: { ...key(suppression.address), type: 'mail-suppression', ...suppression },
            },
          },
          auditPut(event),
        ],
      }),
    );
  },

  async clear(address: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: key(address) }));
  },

  /** Which of these addresses are marked (one BatchGetItem per 100). */
  async marked(addresses: string[]): Promise<Set<string>> {
    if (addresses.length === 0) return new Set();
    const unique = [...new Set(addresses.map((address) => address.toLowerCase()))];
    const items = await batchGetAll(unique.map(key));
    return new Set(items.map((item) => markedAddress(item).address.toLowerCase()));
  },
};

export type MailSuppressions = typeof mailSuppressions;
