import { GetCommand, type QueryCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import { rsvpSchema, type Session, type SessionStatus, sessionSchema } from '#shared/schemas/session.ts';
import { auditPut } from './audit.ts';
import { batchGetAll } from './batch.ts';
import { dynamo } from './clients.ts';
import { type IdempotentCommit, idempotentCommitPut } from './idempotency.ts';
import { itemReader } from './items.ts';
import { sessionKeys, timeSortKey } from './keys.ts';
import { type OutboxMessage, outboxPut } from './outbox-items.ts';
import { cancellationCodes, queryAll, queryPage, tableName } from './table.ts';

/**
 * A session and everything read with it (answers, attendance) share one partition:
 * `SESSION#<id>` holds `META` and one `RSVP#<memberId>` per member who answered or attended.
 * Lists run on indexes sorted by start time: GSI1 the sessions past draft (what members and
 * the public may list), GSI2 all of them (the secretariat), GSI3 one theme's.
 */
const { partition, meta: metaKey, rsvp: rsvpKey } = sessionKeys;

function toItem(session: Session) {
  const sortKey = timeSortKey(session.startsAt, session.id);
  const { capacity, ...rest } = session;
  return {
    ...metaKey(session.id),
    GSI1PK: session.status === 'draft' ? sessionKeys.drafts : sessionKeys.listed,
    GSI1SK: sortKey,
    GSI2PK: sessionKeys.all,
    GSI2SK: sortKey,
    GSI3PK: sessionKeys.ofTheme(session.theme),
    GSI3SK: sortKey,
    type: 'session',
    ...rest,
    // Absent rather than null, so the seat condition can say `attribute_not_exists(capacity)`.
    ...(capacity === null || capacity === undefined ? {} : { capacity }),
  };
}

/** A session without a capacity is stored without the attribute (see toItem). */
const sessionFromItem = itemReader(sessionSchema, { capacity: null });

const storedRsvpSchema = z.extend(rsvpSchema, { version: z.int() });
const rsvpFromItem = itemReader(storedRsvpSchema, { answer: null, attended: null });

export type StoredRsvp = z.infer<typeof storedRsvpSchema>;

/**
 * The write that replaces a stored session if it still has the version `before` was read at,
 * for this module's transactions and others' (publishing outcomes moves the session too). The
 * seat count is kept from the stored item: answers move it without changing the version.
 */
export function sessionUpdateItem(before: Session, after: Session) {
  const { seatsTaken: _seats, PK: _pk, SK: _sk, ...item } = toItem(after);
  const entries = Object.entries(item).filter(([, value]) => value !== undefined);
  const names = [...entries.map(([name]) => name), ...(after.capacity === null ? ['capacity'] : [])];
  const set = entries.map(([name]) => `#${name} = :${name}`);
  const remove = after.capacity === null ? ' REMOVE #capacity' : '';
  return {
    Update: {
      TableName: tableName(),
      Key: metaKey(before.id),
      UpdateExpression: `SET ${set.join(', ')}${remove}`,
      ConditionExpression: 'attribute_exists(PK) AND #version = :expected',
      ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: {
        ...Object.fromEntries(entries.map(([name, value]) => [`:${name}`, value])),
        ':expected': before.version,
      },
    },
  };
}

/** For another module's transaction: holds only while the session is still scheduled. */
export function sessionScheduledCheck(id: string) {
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: metaKey(id),
      ConditionExpression: '#status = :scheduled',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':scheduled': 'scheduled' },
    },
  };
}

export interface SessionListQuery {
  scope: 'public' | 'members' | 'all';
  theme?: string;
  from?: string;
  to?: string;
  status?: SessionStatus;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string;
}

/** The one write of a member's answer: the seat count moves only if the session has room. */
export interface RsvpWrite {
  sessionId: string;
  previous: StoredRsvp | undefined;
  next: Omit<StoredRsvp, 'version'>;
  /** +1 when a yes is added, -1 when one is withdrawn. */
  seatDelta: number;
}

export type RsvpWriteResult = 'saved' | 'full' | 'closed' | 'changed' | 'busy';

/**
 * What a failed transaction of a seat change (first) and an answer or registration (second)
 * came to: a race to retry, the answer changed meanwhile, or no seat (or no longer open).
 */
export function seatWriteResult(error: unknown, seatDelta: number): Exclude<RsvpWriteResult, 'saved'> {
  const codes = cancellationCodes(error);
  if (!codes) throw error;
  if (codes.includes('TransactionConflict')) return 'busy';
  if (codes[1] === 'ConditionalCheckFailed') return 'changed';
  if (codes[0] === 'ConditionalCheckFailed') return seatDelta > 0 ? 'full' : 'closed';
  throw error;
}

/**
 * The seat count's part of a transaction that adds or withdraws a seat (a member's yes, a
 * guest's confirmed registration): it fails unless the session is scheduled and, when a seat is
 * taken, has room. Every seat write goes through it, so members and guests share one count.
 */
export function seatChange(sessionId: string, seatDelta: number) {
  return {
    Update: {
      TableName: tableName(),
      Key: metaKey(sessionId),
      UpdateExpression: 'ADD seatsTaken :delta',
      ConditionExpression:
        seatDelta > 0
          ? '#status = :scheduled AND (attribute_not_exists(#capacity) OR seatsTaken < #capacity)'
          : '#status = :scheduled',
      ExpressionAttributeNames: { '#status': 'status', ...(seatDelta > 0 ? { '#capacity': 'capacity' } : {}) },
      ExpressionAttributeValues: { ':delta': seatDelta, ':scheduled': 'scheduled' },
    },
  };
}

export const sessionsRepository = {
  async get(id: string): Promise<Session | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: metaKey(id) }));
    return result.Item ? sessionFromItem(result.Item) : undefined;
  },

  /** The session and one member's answer, in one call. */
  async getWithRsvp(id: string, memberId: string): Promise<{ session?: Session; rsvp?: StoredRsvp }> {
    const items = await batchGetAll([metaKey(id), rsvpKey(id, memberId)]);
    const meta = items.find((item) => item.SK === 'META');
    const rsvp = items.find((item) => item.SK !== 'META');
    return { session: meta ? sessionFromItem(meta) : undefined, rsvp: rsvp ? rsvpFromItem(rsvp) : undefined };
  },

  /** The whole partition: the session with every answer, one Query (paged only past 1 MB). */
  async getWithRsvps(id: string): Promise<{ session?: Session; rsvps: StoredRsvp[] }> {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': partition(id) },
    });
    const meta = items.find((item) => item.SK === 'META');
    return {
      session: meta ? sessionFromItem(meta) : undefined,
      rsvps: items.filter((item) => item.type === 'rsvp').map(rsvpFromItem),
    };
  },

  async list(query: SessionListQuery): Promise<{ items: Session[]; nextCursor: string | null }> {
    const [index, keyName, key] = query.theme
      ? (['GSI3', 'GSI3', sessionKeys.ofTheme(query.theme)] as const)
      : query.scope === 'all'
        ? (['GSI2', 'GSI2', sessionKeys.all] as const)
        : (['GSI1', 'GSI1', sessionKeys.listed] as const);
    const values: Record<string, unknown> = { ':pk': key };
    const names: Record<string, string> = {};
    let range = '';
    if (query.from && query.to) {
      range = ` AND ${keyName}SK BETWEEN :from AND :to`;
      values[':from'] = query.from;
      values[':to'] = query.to;
    } else if (query.from) {
      range = ` AND ${keyName}SK >= :from`;
      values[':from'] = query.from;
    } else if (query.to) {
      range = ` AND ${keyName}SK < :to`;
      values[':to'] = query.to;
    }
    const filters: string[] = [];
    if (query.scope === 'public') {
      filters.push('visibility = :public');
      values[':public'] = 'public';
    }
    if (query.scope !== 'all' && query.theme) {
      filters.push('#status <> :draft');
      values[':draft'] = 'draft';
      names['#status'] = 'status';
    }
    if (query.status) {
      filters.push('#status = :status');
      values[':status'] = query.status;
      names['#status'] = 'status';
    }
    const input: QueryCommandInput = {
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${keyName}PK = :pk${range}`,
      ExpressionAttributeValues: values,
      ScanIndexForward: query.order === 'asc',
      Limit: query.limit,
    };
    if (filters.length > 0) input.FilterExpression = filters.join(' AND ');
    if (Object.keys(names).length > 0) input.ExpressionAttributeNames = names;
    const result = await queryPage(input, query.cursor);
    return { items: result.items.map(sessionFromItem), nextCursor: result.nextCursor };
  },

  async create(session: Session, event: AuditEvent, commit?: IdempotentCommit): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: toItem(session), ConditionExpression: 'attribute_not_exists(PK)' } },
          auditPut(event),
          ...(commit ? [idempotentCommitPut(commit, event)] : []),
        ],
      }),
    );
  },

  /**
   * Replaces the session if nobody changed it since `before` was read; the outbox messages that
   * tell people about the change stand or fall with it (ARCHITECTURE.md, "Mail outbox").
   */
  async update(before: Session, after: Session, event: AuditEvent, messages: OutboxMessage[] = []): Promise<void> {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [sessionUpdateItem(before, after), auditPut(event), ...messages.map(outboxPut)],
        }),
      );
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') throw new PreconditionFailed();
      throw error;
    }
  },

  async setRsvp(write: RsvpWrite): Promise<RsvpWriteResult> {
    const { sessionId, previous, next, seatDelta } = write;
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            seatChange(sessionId, seatDelta),
            {
              Put: {
                TableName: tableName(),
                Item: {
                  ...rsvpKey(sessionId, next.memberId),
                  type: 'rsvp',
                  ...next,
                  version: (previous?.version ?? 0) + 1,
                },
                ConditionExpression: previous ? '#version = :expected' : 'attribute_not_exists(PK)',
                ...(previous
                  ? {
                      ExpressionAttributeNames: { '#version': 'version' },
                      ExpressionAttributeValues: { ':expected': previous.version },
                    }
                  : {}),
              },
            },
          ],
        }),
      );
      return 'saved';
    } catch (error) {
      return seatWriteResult(error, seatDelta);
    }
  },

  /**
   * Removes a member's answer (erasure), freeing their seat while the session is scheduled: the
   * seat count and the delete go together; on a session no longer scheduled, the delete alone.
   */
  async removeRsvp(sessionId: string, rsvp: StoredRsvp, event: AuditEvent): Promise<void> {
    const remove = {
      Delete: {
        TableName: tableName(),
        Key: rsvpKey(sessionId, rsvp.memberId),
        ConditionExpression: '#version = :version',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':version': rsvp.version },
      },
    };
    const send = (items: unknown[]) =>
      dynamo().send(new TransactWriteCommand({ TransactItems: [...items, auditPut(event)] as never }));
    if (rsvp.answer !== 'yes') return void (await send([remove]));
    try {
      await send([seatChange(sessionId, -1), remove]);
    } catch (error) {
      if (cancellationCodes(error)?.[0] !== 'ConditionalCheckFailed') throw error;
      await send([remove]);
    }
  },

  /** Marks who attended, up to 100 members a transaction; members without an answer get one. */
  async recordAttendance(
    sessionId: string,
    entries: Array<{ memberId: string; memberName: string; organisation: string; attended: boolean }>,
    now: string,
    event: AuditEvent,
  ): Promise<void> {
    const writes = entries.map((entry) => ({
      Update: {
        TableName: tableName(),
        Key: rsvpKey(sessionId, entry.memberId),
        UpdateExpression:
          'SET attended = :attended, updatedAt = :now, #type = :type, memberId = :memberId, ' +
          'memberName = if_not_exists(memberName, :name), organisation = if_not_exists(organisation, :org), ' +
          'needs = if_not_exists(needs, :noNeeds), answer = if_not_exists(answer, :noAnswer) ADD #version :one',
        ExpressionAttributeNames: { '#type': 'type', '#version': 'version' },
        ExpressionAttributeValues: {
          ':attended': entry.attended,
          ':now': now,
          ':type': 'rsvp',
          ':memberId': entry.memberId,
          ':name': entry.memberName,
          ':org': entry.organisation,
          ':noNeeds': {
            signLanguage: false,
            stepFreeAccess: false,
            captioning: false,
            accessibleFormats: false,
            other: '',
          },
          ':noAnswer': null,
          ':one': 1,
        },
      },
    }));
    const held = {
      ConditionCheck: {
        TableName: tableName(),
        Key: metaKey(sessionId),
        ConditionExpression: '#status IN (:held, :published)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':held': 'held', ':published': 'published' },
      },
    };
    for (let start = 0; start < writes.length; start += 98) {
      const chunk = writes.slice(start, start + 98);
      try {
        await dynamo().send(
          new TransactWriteCommand({ TransactItems: [held, ...chunk, ...(start === 0 ? [auditPut(event)] : [])] }),
        );
      } catch (error) {
        if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
          throw new Conflict('session-not-held', 'Attendance is recorded once the session has been held.');
        }
        throw error;
      }
    }
  },
};

export type SessionsRepository = typeof sessionsRepository;
