import { GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { Member } from '#shared/schemas/member.ts';
import { dynamo } from './clients.ts';
import { fromItem } from './items.ts';
import { signInLinkKey } from './keys.ts';
import { type Login, loginPut } from './logins.ts';
import { memberChangeError, memberChangeItems } from './members.ts';
import { cancellationCodes, tableName } from './table.ts';

/** A one-time sign-in link, stored only as the hash of its token; `expiresAt` in epoch seconds. */
const signInLinkSchema = z.object({
  tokenHash: z.string(),
  memberId: z.string(),
  createdAt: z.string(),
  expiresAt: z.number(),
  usedAt: z.optional(z.string()),
});
export type SignInLink = z.infer<typeof signInLinkSchema>;

const linkKey = signInLinkKey;

export interface LinkRedemption {
  link: SignInLink;
  now: Date;
  login: Login;
  /** Set when the first sign-in activates an invited member. */
  activation?: { before: Member; after: Member; event: AuditEvent };
}

export type RedemptionResult = 'redeemed' | 'already-used';

export const signInLinks = {
  async create(link: SignInLink): Promise<void> {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...linkKey(link.tokenHash), type: 'sign-in-link', ...link },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  },

  async get(tokenHash: string): Promise<SignInLink | undefined> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: linkKey(tokenHash), ConsistentRead: true }),
    );
    return result.Item ? fromItem(signInLinkSchema, result.Item) : undefined;
  },

  /**
   * Marks the link used and opens the login in one transaction, so that a link clicked twice at
   * once still opens one login. TTL deletes late, so the expiry is checked here too.
   */
  async redeem({ link, now, login, activation }: LinkRedemption): Promise<RedemptionResult> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const markUsed = {
      Update: {
        TableName: tableName(),
        Key: linkKey(link.tokenHash),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt) AND expiresAt > :nowSeconds',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':nowSeconds': nowSeconds },
      },
    };
    const activationItems = activation ? memberChangeItems(activation.before, activation.after, activation.event) : [];
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: [markUsed, loginPut(login), ...activationItems] }));
      return 'redeemed';
    } catch (error) {
      const codes = cancellationCodes(error);
      if (codes?.[0] === 'ConditionalCheckFailed') return 'already-used';
      throw memberChangeError(error, 2);
    }
  },
};

export type SignInLinks = typeof signInLinks;
