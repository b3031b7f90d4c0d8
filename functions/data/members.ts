import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import { type Member, type MemberStatus, memberSchema, type OrganisationType } from '#shared/schemas/member.ts';
import { azSortKey } from '#shared/text/collation.ts';
import { foldForSearch } from '#shared/text/fold.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { type IdempotentCommit, idempotentCommitPut } from './idempotency.ts';
import { fromItem, itemReader } from './items.ts';
import { memberKeys } from './keys.ts';
import { cancellationCodes, queryPage, tableName, versionedPut } from './table.ts';

/** An address taken by a member: the claim makes emails unique across the table. */
const emailClaimSchema = z.object({ memberId: z.string() });

const {
  directory: directoryPartition,
  stats: statsKey,
  profile: memberKey,
  emailClaim: emailClaimKey,
  loginsCut: loginsCutKey,
} = memberKeys;

function loginsCutPut(id: string, at: string) {
  return { Put: { TableName: tableName(), Item: { ...loginsCutKey(id), type: 'logins-cut', cutAt: at } } };
}

function toItem(member: Member) {
  return {
    ...memberKey(member.id),
    GSI1PK: directoryPartition,
    GSI1SK: `${azSortKey(member.name)}#${member.id}`,
    type: 'member',
    searchText: foldForSearch(`${member.name} ${member.organisation} ${member.position}`),
    ...member,
  };
}

export const memberFromItem = itemReader(memberSchema);

/**
 * How a change moves the count of active secretariat members, which must never reach zero:
 * the count is one item, changed in the same transaction as the member.
 */
function secretariatDelta(before: Pick<Member, 'role' | 'status'> | undefined, after: Pick<Member, 'role' | 'status'>) {
  const counts = (m?: Pick<Member, 'role' | 'status'>) => (m?.role === 'secretariat' && m.status === 'active' ? 1 : 0);
  return counts(after) - counts(before);
}

function statsUpdate(delta: number) {
  return {
    Update: {
      TableName: tableName(),
      Key: statsKey,
      UpdateExpression: 'ADD activeSecretariats :delta',
      ExpressionAttributeValues: delta < 0 ? { ':delta': delta, ':min': 1 - delta } : { ':delta': delta },
      ...(delta < 0 ? { ConditionExpression: 'activeSecretariats >= :min' } : {}),
    },
  };
}

/**
 * The writes of one change to a member: the member itself (if still at the version read), its
 * audit event, and the secretariat count when the change moves it. Other transactions (a first
 * sign-in activating an invited member) include them as they are.
 */
export function memberChangeItems(before: Member, after: Member, event: AuditEvent) {
  const delta = secretariatDelta(before, after);
  // Deactivation ends every login in the same transaction (ARCHITECTURE.md, sign-in).
  const deactivated = after.status === 'deactivated' && before.status !== 'deactivated';
  return [
    versionedPut(toItem(after), before),
    auditPut(event),
    ...(delta !== 0 ? [statsUpdate(delta)] : []),
    ...(deactivated ? [loginsCutPut(after.id, after.updatedAt)] : []),
  ];
}

/** What a failed member change means to the caller, by the position of the failed write. */
export function memberChangeError(error: unknown, offset = 0): unknown {
  const codes = cancellationCodes(error)?.slice(offset);
  if (codes?.[0] === 'ConditionalCheckFailed') return new PreconditionFailed();
  if (codes?.[2] === 'ConditionalCheckFailed') {
    return new Conflict('last-secretariat', 'The portal needs at least one active secretariat member.');
  }
  return error;
}

export interface MemberListQuery {
  limit: number;
  cursor?: string;
  q?: string;
  organisationType?: OrganisationType;
  status?: MemberStatus;
}

export const membersRepository = {
  async get(id: string): Promise<Member | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: memberKey(id) }));
    return result.Item ? memberFromItem(result.Item) : undefined;
  },

  async findByEmail(email: string): Promise<Member | undefined> {
    const claim = await dynamo().send(new GetCommand({ TableName: tableName(), Key: emailClaimKey(email) }));
    return claim.Item ? this.get(fromItem(emailClaimSchema, claim.Item).memberId) : undefined;
  },

  /** Writes a new member, claims the email and records the event, all or nothing. */
  async create(member: Member, event: AuditEvent, commit?: IdempotentCommit): Promise<void> {
    const delta = secretariatDelta(undefined, member);
    const items = [
      { Put: { TableName: tableName(), Item: toItem(member), ConditionExpression: 'attribute_not_exists(PK)' } },
      {
        Put: {
          TableName: tableName(),
          Item: { ...emailClaimKey(member.email), type: 'email-claim', memberId: member.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
      auditPut(event),
      ...(delta !== 0 ? [statsUpdate(delta)] : []),
      ...(commit ? [idempotentCommitPut(commit, event)] : []),
    ];
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes?.[1] === 'ConditionalCheckFailed') {
        throw new Conflict('email-taken', 'A member with this email address already exists.');
      }
      throw error;
    }
  },

  /**
   * Replaces a member if it still has the version the caller read; keeps at least one active
   * secretariat; records the event in the same transaction.
   */
  async update(before: Member, after: Member, event: AuditEvent): Promise<void> {
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: memberChangeItems(before, after, event) }));
    } catch (error) {
      throw memberChangeError(error);
    }
  },

  /** How many secretariat members are active (the count kept above zero). */
  async activeSecretariats(): Promise<number> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: statsKey, ConsistentRead: true }));
    return Number(result.Item?.activeSecretariats ?? 0);
  },

  /**
   * Erases a member (`npm run admin -- erase-member`): the profile, the address claim and every
   * item of the member's partition (logins, the logins cut) go, with the erasure's audit event
   * and, for an active secretariat member, the count, in one transaction (a member has a few
   * logins; more than the transaction holds are deleted first).
   */
  async erase(member: Member, event: AuditEvent): Promise<void> {
    const partitionItems = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': memberKey(member.id).PK },
        ProjectionExpression: 'PK, SK',
        ConsistentRead: true,
      }),
    );
    const others = (partitionItems.Items ?? []).filter((item) => item.SK !== 'PROFILE');
    const deletes = others.map((item) => ({ Delete: { TableName: tableName(), Key: { PK: item.PK, SK: item.SK } } }));
    const delta = secretariatDelta(member, { role: 'member', status: 'deactivated' });
    const own = [
      {
        Delete: {
          TableName: tableName(),
          Key: memberKey(member.id),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': member.version },
        },
      },
      auditPut(event),
      ...(delta !== 0 ? [statsUpdate(delta)] : []),
      { Delete: { TableName: tableName(), Key: emailClaimKey(member.email) } },
    ];
    const room = 100 - own.length;
    for (let start = room; start < deletes.length; start += 100) {
      await dynamo().send(new TransactWriteCommand({ TransactItems: deletes.slice(start, start + 100) }));
    }
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: [...own, ...deletes.slice(0, room)] }));
    } catch (error) {
      throw memberChangeError(error);
    }
  },

  /** The directory in Azerbaijani alphabetical order: one Query, filtered on the server. */
  async list(query: MemberListQuery): Promise<{ items: Member[]; nextCursor: string | null }> {
    const filters: string[] = [];
    const values: Record<string, unknown> = { ':pk': directoryPartition };
    const names: Record<string, string> = {};
    if (query.q) {
      filters.push('contains(searchText, :q)');
      values[':q'] = foldForSearch(query.q);
    }
    if (query.organisationType) {
      filters.push('organisationType = :type');
      values[':type'] = query.organisationType;
    }
    if (query.status) {
      filters.push('#status = :status');
      values[':status'] = query.status;
      names['#status'] = 'status';
    }
    const result = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: values,
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
        Limit: query.limit,
      },
      query.cursor,
      // A search matches a few of hundreds: its first page must not come back empty.
      { fill: true },
    );
    return { items: result.items.map(memberFromItem), nextCursor: result.nextCursor };
  },
};

export type MembersRepository = typeof membersRepository;
