import {
  DeleteCommand,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import {
  attendanceFiguresSchema,
  type CatalogEntry,
  type CorrectionNote,
  catalogEntrySchema,
  type OutcomeContent,
  type OutcomeVisibility,
  outcomeRevisionSchema,
  outcomeSchema,
} from '#shared/schemas/outcome.ts';
import type { Session } from '#shared/schemas/session.ts';
import { auditPut } from './audit.ts';
import { batchGetAll, batchWriteAll } from './batch.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { outcomeKeys, sessionKeys, timeSortKey } from './keys.ts';
import { type OutboxMessage, outboxPut } from './outbox-items.ts';
import { sessionUpdateItem } from './sessions.ts';
import { cancellationCodes, isConditionFailure, queryAll, queryPage, tableName, versionedPut } from './table.ts';

/**
 * Outcomes are written in the session's partition (`SESSION#<id>`: `OUTCOME` and one
 * `OUTCOME#REV#…` per save). Publishing copies them into the public catalog, a partition per
 * session (`CATALOG#<id>`) listed by GSI1 (all), GSI2 (a theme's) and GSI3 (a year's), newest
 * first. Search reads an inverted index of folded words: `TERM#<first two letters>` holds
 * `<word>#<sessionId>`, so a search reads only the postings of words that start like its own,
 * never drafts, members-only material or the rest of the archive.
 *
 * The postings are too many for the publishing transaction (100 items at most), so they are
 * written after it. The transaction leaves a marker (`INDEX-PENDING`, one item per session,
 * with the words whose postings may be stale) that is removed once the postings are written; a
 * marker left by a failed write is settled by the hourly upkeep.
 */
const {
  current: outcomeKey,
  revision: revisionKey,
  catalogEntry: catalogKey,
  termPartition,
  posting: postingKey,
  pendingIndexes: pendingIndexPartition,
  pendingIndex: pendingIndexKey,
} = outcomeKeys;
const postingItem = (term: string, entry: Pick<StoredCatalogEntry, 'sessionId' | 'publishedAt'>) => ({
  ...postingKey(term, entry.sessionId),
  type: 'posting',
  sessionId: entry.sessionId,
  publishedAt: entry.publishedAt,
});

/** Marks a session's postings as to be written; stale words add up over marks not yet settled. */
function markIndexPending(sessionId: string, staleTerms: string[], markedAt: string) {
  return {
    Update: {
      TableName: tableName(),
      Key: pendingIndexKey(sessionId),
      UpdateExpression: `SET #type = :type, markedAt = :at${staleTerms.length > 0 ? ' ADD staleTerms :stale' : ''}`,
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':type': 'index-pending',
        ':at': markedAt,
        ...(staleTerms.length > 0 ? { ':stale': new Set(staleTerms) } : {}),
      },
    },
  };
}

export interface StoredOutcome extends OutcomeContent {
  sessionId: string;
  status: 'draft' | 'published';
  visibility: OutcomeVisibility | null;
  attendance: { attended: number; organisations: number } | null;
  publishedAt: string | null;
  correctedAt: string | null;
  revision: number;
  updatedAt: string;
  version: number;
}

export interface StoredRevision extends OutcomeContent {
  revision: number;
  kind: 'draft' | 'published' | 'correction';
  authorId: string;
  authorName: string;
  at: string;
  note: CorrectionNote | null;
}

/** A catalog entry with everything the exports need, and the words it is indexed under. */
export interface StoredCatalogEntry extends CatalogEntry {
  content: OutcomeContent;
  attendance: StoredOutcome['attendance'];
  terms: string[];
}

function catalogItem(entry: StoredCatalogEntry) {
  const sortKey = timeSortKey(entry.publishedAt, entry.sessionId);
  return {
    ...catalogKey(entry.sessionId),
    type: 'catalog-entry',
    ...entry,
    GSI1PK: outcomeKeys.catalog,
    GSI1SK: sortKey,
    GSI2PK: outcomeKeys.catalogOfTheme(entry.theme),
    GSI2SK: sortKey,
    GSI3PK: outcomeKeys.catalogOfYear(entry.publishedAt.slice(0, 4)),
    GSI3SK: sortKey,
  };
}

/** The stored content: the shared outcome's shape, without the input's trimming and limits. */
const storedContent = z.pick(outcomeSchema, { summary: true, recommendations: true, documents: true });

const outcomeFromItem = itemReader(z.extend(z.omit(outcomeSchema, { revisions: true }), { revision: z.int() }), {
  attendance: null,
  publishedAt: null,
  correctedAt: null,
  // Outcomes published before outcomes had a visibility of their own were all public.
  visibility: null,
});

/**
 * A correction's note as stored. Notes were one string before they were bilingual; such a note is
 * read as the same text in both languages, since nobody recorded which language it was written in.
 */
const storedNote = z.pipe(
  z.transform((note: unknown) => (typeof note === 'string' ? { az: note, en: note } : note)),
  outcomeRevisionSchema.shape.note,
);

const revisionFromItem = itemReader(
  z.extend(outcomeRevisionSchema, { ...storedContent.shape, authorId: z.string(), note: storedNote }),
  { note: null },
);

const catalogEntryFromItem = itemReader(
  z.extend(catalogEntrySchema, {
    content: storedContent,
    attendance: z.nullable(attendanceFiguresSchema),
    terms: z.array(z.string()),
  }),
  { venue: null, correctedAt: null, attendance: null, visibility: 'public' },
);

/** A mark of postings still to write: the words whose postings may be stale, and when it was set. */
const pendingIndexFromItem = itemReader(z.object({ markedAt: z.string(), staleTerms: z.optional(z.set(z.string())) }));

const postingFromItem = itemReader(z.object({ sessionId: z.string(), publishedAt: z.string() }));

function outcomePut(before: StoredOutcome | undefined, after: StoredOutcome) {
  return versionedPut({ ...outcomeKey(after.sessionId), type: 'outcome', ...after }, before);
}

const revisionPut = (sessionId: string, revision: StoredRevision) => ({
  Put: {
    TableName: tableName(),
    Item: { ...revisionKey(sessionId, revision.revision), type: 'outcome-revision', ...revision },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

async function transact(items: unknown[]): Promise<void> {
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items as never }));
  } catch (error) {
    if (cancellationCodes(error)?.includes('ConditionalCheckFailed')) throw new PreconditionFailed();
    throw error;
  }
}

export interface CatalogQuery {
  theme?: string;
  year?: number;
  limit: number;
  cursor?: string;
  /** Leaves out members-only outcomes (filtered within the page: a page may come back short). */
  publicOnly: boolean;
}

export const outcomesRepository = {
  /** The outcome and its revisions, oldest first: one Query of the session's partition. */
  async getWithRevisions(sessionId: string): Promise<{ outcome?: StoredOutcome; revisions: StoredRevision[] }> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :outcome)',
        ExpressionAttributeValues: { ':pk': sessionKeys.partition(sessionId), ':outcome': outcomeKeys.prefix },
        ConsistentRead: true,
      }),
    );
    const items = result.Items ?? [];
    const current = items.find((item) => item.SK === 'OUTCOME');
    return {
      outcome: current ? outcomeFromItem(current) : undefined,
      revisions: items.filter((item) => item.type === 'outcome-revision').map(revisionFromItem),
    };
  },

  async saveDraft(
    before: StoredOutcome | undefined,
    after: StoredOutcome,
    revision: StoredRevision,
    event: AuditEvent,
  ) {
    await transact([outcomePut(before, after), revisionPut(after.sessionId, revision), auditPut(event)]);
  },

  /** Publishes in one transaction: the session becomes published, the outcome public and locked. */
  async publish(
    session: { before: Session; after: Session },
    outcome: { before: StoredOutcome; after: StoredOutcome },
    revision: StoredRevision,
    entry: StoredCatalogEntry,
    event: AuditEvent,
    messages: OutboxMessage[] = [],
  ) {
    await transact([
      sessionUpdateItem(session.before, session.after),
      outcomePut(outcome.before, outcome.after),
      revisionPut(outcome.after.sessionId, revision),
      { Put: { TableName: tableName(), Item: catalogItem(entry) } },
      markIndexPending(entry.sessionId, [], event.at),
      auditPut(event),
      ...messages.map(outboxPut),
    ]);
    // A failed write leaves the mark in place: the hourly upkeep settles it.
    await this.settleIndex(entry.sessionId).catch(() => undefined);
  },

  async correct(
    outcome: { before: StoredOutcome; after: StoredOutcome },
    revision: StoredRevision,
    entry: StoredCatalogEntry,
    previousTerms: string[],
    event: AuditEvent,
  ) {
    await transact([
      outcomePut(outcome.before, outcome.after),
      revisionPut(outcome.after.sessionId, revision),
      { Put: { TableName: tableName(), Item: catalogItem(entry) } },
      markIndexPending(entry.sessionId, previousTerms, event.at),
      auditPut(event),
    ]);
    // A failed write leaves the mark in place: the hourly upkeep settles it.
    await this.settleIndex(entry.sessionId).catch(() => undefined);
  },

  /**
   * Gives a published entry new search terms: the terms and a pending mark (with the old terms,
   * whose postings go) in one transaction, then the postings, as after a correction.
   */
  async replaceTerms(entry: StoredCatalogEntry, terms: string[], markedAt: string) {
    await transact([
      {
        Update: {
          TableName: tableName(),
          Key: catalogKey(entry.sessionId),
          UpdateExpression: 'SET terms = :terms',
          ConditionExpression: 'attribute_exists(PK)',
          ExpressionAttributeValues: { ':terms': terms },
        },
      },
      markIndexPending(entry.sessionId, entry.terms, markedAt),
    ]);
    // A failed write leaves the mark in place: the hourly upkeep settles it.
    await this.settleIndex(entry.sessionId).catch(() => undefined);
  },

  /**
   * Writes the postings of a session marked as pending and removes the mark, unless a newer
   * publication or correction marked it again meanwhile (that one settles it). Answers
   * `unmarked` when there was nothing to settle, `remarked` when a newer mark came in meanwhile.
   */
  async settleIndex(sessionId: string): Promise<'settled' | 'unmarked' | 'remarked'> {
    const marked = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: pendingIndexKey(sessionId), ConsistentRead: true }),
    );
    if (!marked.Item) return 'unmarked';
    const mark = pendingIndexFromItem(marked.Item);
    const staleTerms = [...(mark.staleTerms ?? [])];
    const entry = await this.catalogEntry(sessionId);
    if (entry) await this.index(entry, staleTerms);
    try {
      await dynamo().send(
        new DeleteCommand({
          TableName: tableName(),
          Key: pendingIndexKey(sessionId),
          ConditionExpression: 'markedAt = :at',
          ExpressionAttributeValues: { ':at': mark.markedAt },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return 'remarked';
    }
    return 'settled';
  },

  /** Sessions whose postings are still to be written (a page of them; the upkeep runs hourly). */
  async pendingIndexes(limit = 100): Promise<string[]> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': pendingIndexPartition },
        ConsistentRead: true,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => String(item.SK));
  },

  /** Brings the search postings of one entry in line with its words. */
  async index(entry: StoredCatalogEntry, previousTerms: string[]) {
    const now = new Set(entry.terms);
    const removed = previousTerms.filter((term) => !now.has(term));
    await batchWriteAll([
      ...removed.map((term) => ({ DeleteRequest: { Key: postingKey(term, entry.sessionId) } })),
      ...entry.terms.map((term) => ({ PutRequest: { Item: postingItem(term, entry) } })),
    ]);
  },

  async catalogEntry(sessionId: string): Promise<StoredCatalogEntry | undefined> {
    const result = await dynamo().send(new GetCommand({ TableName: tableName(), Key: catalogKey(sessionId) }));
    return result.Item ? catalogEntryFromItem(result.Item) : undefined;
  },

  /**
   * Writes already-published outcomes straight into the catalog and the search index, for
   * bringing in an archive (the group's earlier years) or building a benchmark.
   */
  async importPublished(entries: StoredCatalogEntry[]): Promise<void> {
    await batchWriteAll([
      ...entries.map((entry) => ({ PutRequest: { Item: catalogItem(entry) } })),
      ...entries.flatMap((entry) => entry.terms.map((term) => ({ PutRequest: { Item: postingItem(term, entry) } }))),
    ]);
  },

  /** Newest first; one Query on the narrowest index the filters allow. */
  async catalog(query: CatalogQuery): Promise<{ items: StoredCatalogEntry[]; nextCursor: string | null }> {
    const [index, key] = query.theme
      ? (['GSI2', outcomeKeys.catalogOfTheme(query.theme)] as const)
      : query.year
        ? (['GSI3', outcomeKeys.catalogOfYear(query.year)] as const)
        : (['GSI1', outcomeKeys.catalog] as const);
    const input: QueryCommandInput = {
      TableName: tableName(),
      IndexName: index,
      KeyConditionExpression: `${index}PK = :pk`,
      ExpressionAttributeValues: { ':pk': key },
      ScanIndexForward: false,
      Limit: query.limit,
    };
    if (query.theme && query.year) {
      input.KeyConditionExpression += ` AND begins_with(${index}SK, :year)`;
      (input.ExpressionAttributeValues as Record<string, unknown>)[':year'] = String(query.year);
    }
    if (query.publicOnly) {
      input.FilterExpression = 'attribute_not_exists(visibility) OR visibility = :public';
      (input.ExpressionAttributeValues as Record<string, unknown>)[':public'] = 'public';
    }
    const result = await queryPage(input, query.cursor);
    return {
      items: result.items.map(catalogEntryFromItem),
      nextCursor: result.nextCursor,
    };
  },

  /**
   * The years of publication the catalog holds, newest first: one Query per year found (the
   * newest entry before the start of the last year found), not a walk of the whole catalog.
   * With `publicOnly`, a year whose entries are all members-only is not one.
   */
  async catalogYears(publicOnly: boolean): Promise<number[]> {
    const years: number[] = [];
    for (;;) {
      const values: Record<string, unknown> = { ':pk': outcomeKeys.catalog };
      const older = years.at(-1);
      if (older !== undefined) values[':older'] = String(older);
      if (publicOnly) values[':public'] = 'public';
      let start: Record<string, unknown> | undefined;
      let newest: Record<string, unknown> | undefined;
      do {
        const page = await dynamo().send(
          new QueryCommand({
            TableName: tableName(),
            IndexName: 'GSI1',
            // The sort key starts with the instant of publication: every entry of year Y sorts at or after "Y".
            KeyConditionExpression: older === undefined ? 'GSI1PK = :pk' : 'GSI1PK = :pk AND GSI1SK < :older',
            ...(publicOnly ? { FilterExpression: 'attribute_not_exists(visibility) OR visibility = :public' } : {}),
            ExpressionAttributeValues: values,
            ProjectionExpression: 'publishedAt',
            ScanIndexForward: false,
            Limit: publicOnly ? 25 : 1,
            ExclusiveStartKey: start,
          }),
        );
        newest = page.Items?.[0];
        start = page.LastEvaluatedKey;
      } while (!newest && start);
      const year = Number(String(newest?.publishedAt ?? '').slice(0, 4));
      if (!newest || !Number.isInteger(year)) return years;
      years.push(year);
    }
  },

  /** Every session whose indexed words start with `prefix`, with when it was published. */
  async postings(prefix: string): Promise<Map<string, string>> {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': termPartition(prefix), ':prefix': prefix },
      ProjectionExpression: 'PK, SK, sessionId, publishedAt',
    });
    const found = new Map<string, string>();
    for (const item of items) {
      const posting = postingFromItem(item);
      found.set(posting.sessionId, posting.publishedAt);
    }
    return found;
  },

  async catalogEntries(sessionIds: string[]): Promise<StoredCatalogEntry[]> {
    const found = (await batchGetAll(sessionIds.map(catalogKey))).map(catalogEntryFromItem);
    const order = new Map(sessionIds.map((id, i) => [id, i]));
    return found.sort((a, b) => (order.get(a.sessionId) ?? 0) - (order.get(b.sessionId) ?? 0));
  },
};

export type OutcomesRepository = typeof outcomesRepository;
