import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { Member } from '#shared/schemas/member.ts';
import { batchGetAll } from './batch.ts';
import { dynamo } from './clients.ts';
import { fromItem } from './items.ts';
import { memberKeys } from './keys.ts';
import { memberFromItem } from './members.ts';
import { tableName } from './table.ts';

/**
 * A server-side login behind a session cookie. It lives in its member's partition, so one
 * BatchGet reads the login and the member together on every signed-in request.
 * `expiresAt` is epoch seconds (the TTL attribute).
 */
const loginSchema = z.object({
  tokenHash: z.string(),
  memberId: z.string(),
  createdAt: z.string(),
  expiresAt: z.number(),
});
export type Login = z.infer<typeof loginSchema>;

const { login: loginKey, profile: memberKey, loginsCut: loginsCutKey } = memberKeys;
const loginsCutSchema = z.object({ cutAt: z.string() });

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
  /**
   * The login, its member and when the member's logins were last cut, in one call; any may be
   * missing.
   */
  async getWithMember(
    memberId: string,
    tokenHash: string,
  ): Promise<{ login?: Login; member?: Member; loginsCutAt?: string }> {
    const items = await batchGetAll([loginKey(memberId, tokenHash), memberKey(memberId), loginsCutKey(memberId)], {
      consistent: true,
    });
    const login = items.find((item) => item.type === 'login');
    const member = items.find((item) => item.type === 'member');
    const cut = items.find((item) => item.type === 'logins-cut');
    return {
      ...(cut ? { loginsCutAt: fromItem(loginsCutSchema, cut).cutAt } : {}),
      login: login ? fromItem(loginSchema, login) : undefined,
      member: member ? memberFromItem(member) : undefined,
    };
  },

  async delete(memberId: string, tokenHash: string): Promise<void> {
    await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: loginKey(memberId, tokenHash) }));
  },
};

export type Logins = typeof logins;
