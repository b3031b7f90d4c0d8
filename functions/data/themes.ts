import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import { type Theme, themeSchema } from '#shared/schemas/theme.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { type IdempotentCommit, idempotentCommitPut } from './idempotency.ts';
import { itemReader } from './items.ts';
import { themeKeys, timeSortKey } from './keys.ts';
import { cancellationCodes, tableName, versionedPut } from './table.ts';

const listPartition = themeKeys.all;
const themeKey = themeKeys.theme;

const toItem = (theme: Theme) => ({
  ...themeKey(theme.slug),
  GSI1PK: listPartition,
  GSI1SK: timeSortKey(theme.createdAt, theme.slug),
  type: 'theme',
  ...theme,
});

const themeFromItem = itemReader(themeSchema);

/** The group's themes are few (tens): the whole list is one page of one Query. */
const maxThemes = 500;

export const themesRepository = {
  async get(slug: string): Promise<Theme | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: themeKey(slug) }));
    return result.Item ? themeFromItem(result.Item) : undefined;
  },

  async list(): Promise<Theme[]> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': listPartition },
        Limit: maxThemes,
      }),
    );
    return (result.Items ?? []).map(themeFromItem);
  },

  async create(theme: Theme, event: AuditEvent, commit?: IdempotentCommit): Promise<void> {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            versionedPut(toItem(theme), undefined),
            auditPut(event),
            ...(commit ? [idempotentCommitPut(commit, event)] : []),
          ],
        }),
      );
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
        throw new Conflict('theme-exists', `A theme with the slug "${theme.slug}" already exists.`);
      }
      throw error;
    }
  },

  async update(before: Theme, after: Theme, event: AuditEvent): Promise<void> {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [versionedPut(toItem(after), before), auditPut(event)],
        }),
      );
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') throw new PreconditionFailed();
      throw error;
    }
  },
};

export type ThemesRepository = typeof themesRepository;
