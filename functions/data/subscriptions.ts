import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './clients.ts';
import { decodeCursor, encodeCursor, tableName } from './table.ts';

/**
 * A follower of a theme: `SUBSCRIBER#<email>` / `THEME#<slug>`, listed under the theme in GSI1
 * once confirmed. A pending confirmation is `SUBTOKEN#<hash>` (expires in 7 days, `expiresAt`
 * in epoch seconds). The unsubscribe token goes into every email, so it is kept as is (it can
 * do nothing but end that one subscription) and found through `UNSUB#<token>`.
 */
export interface Subscription {
  email: string;
  theme: string;
  language: 'az' | 'en';
  status: 'pending' | 'confirmed';
  unsubscribeToken: string;
  createdAt: string;
  confirmedAt: string | null;
}

const subscriptionKey = (email: string, theme: string) => ({ PK: `SUBSCRIBER#${email}`, SK: `THEME#${theme}` });
const confirmKey = (tokenHash: string) => ({ PK: `SUBTOKEN#${tokenHash}`, SK: 'CONFIRM' });
const unsubscribeKey = (token: string) => ({ PK: `UNSUB#${token}`, SK: 'UNSUBSCRIBE' });
const followersPartition = (theme: string) => `THEME#${theme}#FOLLOWERS`;

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

const fromItem = (item: Record<string, unknown>): Subscription => {
  const { email, theme, language, status, unsubscribeToken, createdAt, confirmedAt } = item as unknown as Subscription;
  return { email, theme, language, status, unsubscribeToken, createdAt, confirmedAt: confirmedAt ?? null };
};

export const subscriptions = {
  async get(email: string, theme: string): Promise<Subscription | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: subscriptionKey(email, theme) }));
    return result.Item ? fromItem(result.Item) : undefined;
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
    const item = result.Item;
    return item ? { email: item.email, theme: item.theme, expiresAt: item.expiresAt } : undefined;
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
    return result.Item ? { email: result.Item.email, theme: result.Item.theme } : undefined;
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
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :theme)',
        ExpressionAttributeValues: { ':pk': subscriptionKey(email, '').PK, ':theme': 'THEME#' },
      }),
    );
    return (result.Items ?? []).map(fromItem);
  },

  async followers(theme: string, cursor?: string): Promise<{ items: Subscription[]; nextCursor: string | null }> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': followersPartition(theme) },
        Limit: 100,
        ExclusiveStartKey: decodeCursor(cursor),
      }),
    );
    return { items: (result.Items ?? []).map(fromItem), nextCursor: encodeCursor(result.LastEvaluatedKey) };
  },
};

export type Subscriptions = typeof subscriptions;
