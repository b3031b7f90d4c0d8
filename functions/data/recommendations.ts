import { QueryCommand, type QueryCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '#functions/errors.ts';
import {
  type FollowedRecommendation,
  followedRecommendationSchema,
  type RecommendationChange,
  type RecommendationStatus,
  recommendationChangeSchema,
} from '#shared/schemas/recommendation.ts';
import { batchGetAll } from './batch.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { recommendationKeys } from './keys.ts';
import { cancellationCodes, queryPage, tableName, versionedPut } from './table.ts';

/**
 * Recommendations followed through (ARCHITECTURE.md, "Recommendations followed through"): one
 * partition per recommendation, `RECOMMENDATION#<sessionId>-<n>`, with its record (`META`) and its
 * dated history (`CHANGE#<at>#<id>`). Listed while not withdrawn: GSI1 all, GSI2 by status,
 * GSI3 by theme, newest publication first.
 */
const { meta: metaKey, change: changeKey, changePrefix } = recommendationKeys;

const fromRecordItem = itemReader(followedRecommendationSchema);
const fromChangeItem = itemReader(recommendationChangeSchema);

function recordItem(record: FollowedRecommendation) {
  const sort = recommendationKeys.listSort(record.publishedAt, record.sessionId, record.number);
  return {
    ...metaKey(record.id),
    type: 'recommendation',
    ...record,
    // A recommendation a correction removed keeps its address and history, but is no longer listed.
    ...(record.withdrawn
      ? {}
      : {
          GSI1PK: recommendationKeys.listed,
          GSI1SK: sort,
          GSI2PK: recommendationKeys.ofStatus(record.status),
          GSI2SK: sort,
          GSI3PK: recommendationKeys.ofTheme(record.theme),
          GSI3SK: sort,
        }),
  };
}

/** The conditional write of a recommendation's record: created once, then changed at the version read. */
export const recommendationPut = (before: FollowedRecommendation | undefined, after: FollowedRecommendation) =>
  versionedPut(recordItem(after), before);

/** The put of one history entry, beside the change of status it records. */
export const recommendationChangePut = (recommendationId: string, change: RecommendationChange) => ({
  Put: {
    TableName: tableName(),
    Item: { ...changeKey(recommendationId, change.at, change.id), type: 'recommendation-change', ...change },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

export interface RecommendationListQuery {
  status?: RecommendationStatus;
  theme?: string;
  limit: number;
  cursor?: string;
  /** Leaves out the recommendations of members-only outcomes (within the page). */
  publicOnly: boolean;
}

export const recommendationsRepository = {
  async get(id: string): Promise<FollowedRecommendation | undefined> {
    const [item] = await batchGetAll([metaKey(id)], { consistent: true });
    return item ? fromRecordItem(item) : undefined;
  },

  /** The record and its history, oldest first: one Query of its partition. */
  async getWithHistory(id: string): Promise<{ record?: FollowedRecommendation; history: RecommendationChange[] }> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': recommendationKeys.partition(id) },
        ConsistentRead: true,
      }),
    );
    const items = result.Items ?? [];
    const meta = items.find((item) => item.SK === 'META');
    return {
      record: meta ? fromRecordItem(meta) : undefined,
      history: items.filter((item) => String(item.SK).startsWith(changePrefix)).map(fromChangeItem),
    };
  },

  async getMany(ids: string[]): Promise<FollowedRecommendation[]> {
    if (ids.length === 0) return [];
    return (await batchGetAll(ids.map(metaKey), { consistent: true })).map(fromRecordItem);
  },

  /** Creates or changes a record (a publication or correction of its outcome); no history entry. */
  async save(before: FollowedRecommendation | undefined, after: FollowedRecommendation): Promise<void> {
    await transact([recommendationPut(before, after)]);
  },

  /** Newest first; one Query on the narrowest index the filters allow. */
  async list(query: RecommendationListQuery): Promise<{ items: FollowedRecommendation[]; nextCursor: string | null }> {
    // With both filters, the theme's index and a filter on status: a theme holds a few sessions'
    // recommendations, while one status (not started, above all) holds most of the archive's, so
    // the theme's pages come back fuller.
    const [index, key] = query.theme
      ? (['GSI3', recommendationKeys.ofTheme(query.theme)] as const)
      : query.status
        ? (['GSI2', recommendationKeys.ofStatus(query.status)] as const)
        : (['GSI1', recommendationKeys.listed] as const);
    const values: Record<string, unknown> = { ':pk': key };
    const filters: string[] = [];
    if (query.status && query.theme) {
      filters.push('#status = :status');
      values[':status'] = query.status;
    }
    if (query.publicOnly) {
      filters.push('visibility = :public');
      values[':public'] = 'public';
    }
    const input: QueryCommandInput = {
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}PK = :pk`,
      ExpressionAttributeValues: values,
      ...(query.status && query.theme ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
      ScanIndexForward: false,
      Limit: query.limit,
    };
    const result = await queryPage(input, query.cursor);
    return { items: result.items.map(fromRecordItem), nextCursor: result.nextCursor };
  },
};

async function transact(items: unknown[]): Promise<void> {
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items as never }));
  } catch (error) {
    if (cancellationCodes(error)?.includes('ConditionalCheckFailed')) throw new PreconditionFailed();
    throw error;
  }
}

export type RecommendationsRepository = typeof recommendationsRepository;
