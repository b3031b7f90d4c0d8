import { BatchGetCommand, type BatchGetCommandOutput, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Member } from '#shared/schemas/member.ts';
import { dynamo } from './clients.ts';
import { memberFromItem, memberKey } from './members.ts';
import { tableName } from './table.ts';

/**
 * A server-side login behind a session cookie. It lives in its member's partition, so one
 * BatchGet reads the login and the member together on every signed-in request.
 * `expiresAt` is epoch seconds (the TTL attribute).
 */
export interface Login {
  tokenHash: string;
  memberId: string;
  createdAt: string;
  expiresAt: number;
}

const loginKey = (memberId: string, tokenHash: string) => ({ PK: `MEMBER#${memberId}`, SK: `LOGIN#${tokenHash}` });

export function loginPut(login: Login) {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...loginKey(login.memberId, login.tokenHash), type: 'login', ...login },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

export const logins = {
  /** The login and its member, in one call; either may be missing. */
  async getWithMember(memberId: string, tokenHash: string): Promise<{ login?: Login; member?: Member }> {
    const keys = [loginKey(memberId, tokenHash), memberKey(memberId)];
    const items: Record<string, unknown>[] = [];
    let request: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead: boolean }> | undefined = {
      [tableName()]: { Keys: keys, ConsistentRead: true },
    };
    // BatchGet may leave keys unprocessed under throttling; two keys settle in a try or two.
    for (let attempt = 0; request && attempt < 3; attempt += 1) {
      const result: BatchGetCommandOutput = await dynamo().send(new BatchGetCommand({ RequestItems: request }));
      items.push(...(result.Responses?.[tableName()] ?? []));
      const left = result.UnprocessedKeys?.[tableName()]?.Keys;
      request = left?.length ? { [tableName()]: { Keys: left, ConsistentRead: true } } : undefined;
    }
    const login = items.find((item) => item.type === 'login');
    const member = items.find((item) => item.type === 'member');
    return {
      login: login
        ? { tokenHash, memberId, createdAt: String(login.createdAt), expiresAt: Number(login.expiresAt) }
        : undefined,
      member: member ? memberFromItem(member) : undefined,
    };
  },

  async delete(memberId: string, tokenHash: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: loginKey(memberId, tokenHash) }));
  },
};

export type Logins = typeof logins;
