import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { languages } from '#shared/constants.ts';
import { dynamo } from './clients.ts';
import { fromItem, itemReader } from './items.ts';
import { subscriptionKeys } from './keys.ts';
import { queryPage, tableName } from './table.ts';

/**
 * A follower of a theme: `SUBSCRIBER#<email>` / `THEME#<slug>`, listed under the theme in GSI1
 * once confirmed. A pending confirmation is `SUBTOKEN#<hash>` (expires in 7 days, `expiresAt`
 * in epoch seconds). The unsubscribe token goes into every email, so it is kept as is (it can
 * do nothing but end that one subscription) and found through `UNSUB#<token>`.
 */
const subscriptionSchema = z.object({
  email: z.string(),
  theme: z.string(),
  language: z.enum(languages),
  status: z.enum(['pending', 'confirmed']),
  unsubscribeToken: z.string(),
  createdAt: z.string(),
  confirmedAt: z.nullable(z.string()),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** A confirmation token and an unsubscribe token both point at one subscription. */
const tokenTargetSchema = z.object({ email: z.string(), theme: z.string() });
const confirmationSchema = z.object({ email: z.string(), theme: z.string(), expiresAt: z.number() });

const {
  subscription: subscriptionKey,
  confirmation: confirmKey,
  unsubscribe: unsubscribeKey,
  followers: followersPartition,
} = subscriptionKeys;

function subscriptionItem(subscription: Subscription) {
  return {
    ...subscriptionKey(subscription.email, subscription.theme),
    type: 'subscription',
    ...subscription,
    ...(subscription.status === 'confirmed'
      ? { GSI1PK: followersPartition(subscription.theme), GSI1SK: subscription.email }
      : {}),
  };
}

const subscriptionFromItem = itemReader(subscriptionSchema, { confirmedAt: null });

export const subscriptions = {
  async get(email: string, theme: string): Promise<Subscription | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: subscriptionKey(email, theme) }));
    return result.Item ? subscriptionFromItem(result.Item) : undefined;
  },

  /** Records a pending subscription (or keeps the existing one) with a new confirmation token. */
  async requestConfirmation(subscription: Subscription, tokenHash: string, expiresAt: number): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: subscriptionItem(subscription) } },
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...unsubscribeKey(subscription.unsubscribeToken),
                type: 'unsubscribe-token',
                email: subscription.email,
                theme: subscription.theme,
              },
            },
          },
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...confirmKey(tokenHash),
                type: 'confirm-token',
                email: subscription.email,
                theme: subscription.theme,
                expiresAt,
              },
            },
          },
        ],
      }),
    );
  },

  async confirmation(tokenHash: string): Promise<{ email: string; theme: string; expiresAt: number } | undefined> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: confirmKey(tokenHash), ConsistentRead: true }),
    );
    return result.Item ? fromItem(confirmationSchema, result.Item) : undefined;
  },

  async confirm(subscription: Subscription, tokenHash: string): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: subscriptionItem(subscription) } },
          { Delete: { TableName: tableName(), Key: confirmKey(tokenHash) } },
        ],
      }),
    );
  },

  async byUnsubscribeToken(token: string): Promise<{ email: string; theme: string } | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: unsubscribeKey(token) }));
    return result.Item ? fromItem(tokenTargetSchema, result.Item) : undefined;
  },

  async remove(email: string, theme: string, token: string): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: tableName(), Key: subscriptionKey(email, theme) } },
          { Delete: { TableName: tableName(), Key: unsubscribeKey(token) } },
        ],
      }),
    );
  },

  /** Every subscription of one address (its own partition), for ending them when mail to it bounces. */
  async ofAddress(email: string): Promise<Subscription[]> {
    const { PK, SK: themePrefix } = subscriptionKey(email, '');
    const found: Subscription[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage(
        {
          TableName: tableName(),
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :theme)',
          ExpressionAttributeValues: { ':pk': PK, ':theme': themePrefix },
          Limit: 100,
        },
        cursor,
      );
      found.push(...page.items.map(subscriptionFromItem));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return found;
  },

  async followers(theme: string, cursor?: string): Promise<{ items: Subscription[]; nextCursor: string | null }> {
    const result = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': followersPartition(theme) },
        Limit: 100,
      },
      cursor,
    );
    return { items: result.items.map(subscriptionFromItem), nextCursor: result.nextCursor };
  },
};

export type Subscriptions = typeof subscriptions;
