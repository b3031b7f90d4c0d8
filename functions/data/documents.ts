import { GetCommand, QueryCommand, type QueryCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import {
  type DocumentVersion,
  documentSchema,
  documentVersionSchema,
  type SharedDocument,
} from '#shared/schemas/document.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { type IdempotentCommit, idempotentCommitPut } from './idempotency.ts';
import { itemReader } from './items.ts';
import { documentKeys, sessionKeys, timeSortKey } from './keys.ts';
import { cancellationCodes, queryPage, tableName, versionedPut } from './table.ts';

/**
 * A document's partition `DOC#<id>` holds `META` and one `V#000001`… per version. Lists run on
 * indexes, newest first: GSI1 every listed document, GSI2 a theme's, GSI3 an uploader's. A
 * document linked to a session also has a copy under the session's partition
 * (`SESSION#<id>` / `DOC#…`), so the session page reads its materials with the session; its
 * `agendaItem` (null on documents stored before it existed) places it under an agenda item.
 * Versions still waiting for their check sit in GSI1 under `UPLOADS#PENDING` for the cleanup.
 */
const { partition, meta: metaKey, version: versionKey, pendingUploads } = documentKeys;
const sessionLinkKey = (doc: Pick<SharedDocument, 'id' | 'createdAt' | 'session'>) =>
  sessionKeys.document(doc.session as string, doc.createdAt, doc.id);

/** What the portal keeps of a document beyond what it shows: the newest version number. */
export interface StoredDocument extends SharedDocument {
  latestVersion: number;
}

export interface StoredVersion extends Omit<DocumentVersion, 'visibility'> {
  /** Absent on versions stored before each version had its own (see domain/documents.ts). */
  visibility?: DocumentVersion['visibility'];
  documentId: string;
  uploaderId: string;
  objectKey: string;
}

const listed = (doc: StoredDocument) => doc.status !== 'withdrawn';

function metaItem(doc: StoredDocument) {
  const sortKey = timeSortKey(doc.createdAt, doc.id);
  return {
    ...metaKey(doc.id),
    type: 'document',
    ...doc,
    ...(listed(doc)
      ? {
          GSI1PK: documentKeys.listed,
          GSI1SK: sortKey,
          ...(doc.theme ? { GSI2PK: documentKeys.ofTheme(doc.theme), GSI2SK: sortKey } : {}),
          GSI3PK: documentKeys.ofUploader(doc.uploaderId),
          GSI3SK: sortKey,
        }
      : {}),
  };
}

function versionItem(version: StoredVersion) {
  return {
    ...versionKey(version.documentId, version.number),
    type: 'document-version',
    ...version,
    ...(version.status === 'pending'
      ? {
          GSI1PK: pendingUploads,
          GSI1SK: documentKeys.pendingUploadSort(version.uploadedAt, version.documentId, version.number),
        }
      : {}),
  };
}

/** What a document's item holds; empty links and digests are left out of the item. */
const documentFromItem = itemReader(z.extend(documentSchema, { latestVersion: z.int() }), {
  session: null,
  theme: null,
  sha256: null,
  // Documents stored before materials were placed under agenda items have no agenda item.
  agendaItem: null,
});

const versionFromItem = itemReader(
  z.extend(documentVersionSchema, {
    // Absent on versions stored before each version had its own (see domain/documents.ts).
    visibility: z.optional(documentVersionSchema.shape.visibility),
    documentId: z.string(),
    uploaderId: z.string(),
    objectKey: z.string(),
  }),
  { sha256: null, rejectedReason: null },
);

/** The writes that store a document as it now is: its item, and its copy under a session. */
function documentWrites(before: StoredDocument | undefined, after: StoredDocument) {
  const writes: Array<Record<string, unknown>> = [versionedPut(metaItem(after), before)];
  if (before?.session && (before.session !== after.session || !listed(after))) {
    writes.push({ Delete: { TableName: tableName(), Key: sessionLinkKey(before) } });
  }
  if (after.session && listed(after)) {
    writes.push({
      Put: { TableName: tableName(), Item: { ...sessionLinkKey(after), type: 'session-document', ...after } },
    });
  }
  return writes;
}

export interface DocumentListQuery {
  by: { session: string } | { theme: string } | { uploader: string } | 'all';
  /** Filters applied within the page: what the caller may see. */
  publicOnly: boolean;
  availableOnly: boolean;
  limit: number;
  cursor?: string;
}

export const documentsRepository = {
  async get(id: string): Promise<StoredDocument | undefined> {
    const result = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: metaKey(id), ConsistentRead: true }),
    );
    return result.Item ? documentFromItem(result.Item) : undefined;
  },

  /** The document and all its versions, oldest first: one Query. */
  async getWithVersions(id: string): Promise<{ document?: StoredDocument; versions: StoredVersion[] }> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': partition(id) },
        ConsistentRead: true,
      }),
    );
    const items = result.Items ?? [];
    const meta = items.find((item) => item.SK === 'META');
    return {
      document: meta ? documentFromItem(meta) : undefined,
      versions: items.filter((item) => item.type === 'document-version').map(versionFromItem),
    };
  },

  async create(doc: StoredDocument, first: StoredVersion, event: AuditEvent, commit?: IdempotentCommit): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          ...documentWrites(undefined, doc),
          {
            Put: { TableName: tableName(), Item: versionItem(first), ConditionExpression: 'attribute_not_exists(PK)' },
          },
          auditPut(event),
          ...(commit ? [idempotentCommitPut(commit, event)] : []),
        ] as never,
      }),
    );
  },

  /** Stores a changed document (and any changed or new versions) if nobody was faster. */
  async update(
    before: StoredDocument,
    after: StoredDocument,
    event: AuditEvent | undefined,
    versions: StoredVersion | StoredVersion[] = [],
    commit?: IdempotentCommit,
  ) {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            ...documentWrites(before, after),
            ...[versions].flat().map((version) => ({ Put: { TableName: tableName(), Item: versionItem(version) } })),
            ...(event ? [auditPut(event)] : []),
            ...(commit && event ? [idempotentCommitPut(commit, event)] : []),
          ] as never,
        }),
      );
    } catch (error) {
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') throw new PreconditionFailed();
      throw error;
    }
  },

  async list(query: DocumentListQuery): Promise<{ items: StoredDocument[]; nextCursor: string | null }> {
    const input: QueryCommandInput = {
      TableName: tableName(),
      ScanIndexForward: false,
      Limit: query.limit,
      ExpressionAttributeValues: {},
    };
    const values = input.ExpressionAttributeValues as Record<string, unknown>;
    if (query.by === 'all') {
      Object.assign(input, { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk' });
      values[':pk'] = documentKeys.listed;
    } else if ('session' in query.by) {
      Object.assign(input, { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :docs)' });
      values[':pk'] = sessionKeys.partition(query.by.session);
      values[':docs'] = sessionKeys.documentsPrefix;
    } else if ('theme' in query.by) {
      Object.assign(input, { IndexName: 'GSI2', KeyConditionExpression: 'GSI2PK = :pk' });
      values[':pk'] = documentKeys.ofTheme(query.by.theme);
    } else {
      Object.assign(input, { IndexName: 'GSI3', KeyConditionExpression: 'GSI3PK = :pk' });
      values[':pk'] = documentKeys.ofUploader(query.by.uploader);
    }
    const filters: string[] = [];
    if (query.publicOnly) {
      filters.push('visibility = :public');
      values[':public'] = 'public';
    }
    if (query.availableOnly) {
      filters.push('#status = :available');
      values[':available'] = 'available';
      input.ExpressionAttributeNames = { '#status': 'status' };
    }
    if (filters.length > 0) input.FilterExpression = filters.join(' AND ');
    const result = await queryPage(input, query.cursor);
    return { items: result.items.map(documentFromItem), nextCursor: result.nextCursor };
  },

  /** Versions still unchecked since before `olderThan`, oldest first (or newest), a page at a time. */
  async pendingUploads(
    olderThan: string,
    page: { limit: number; cursor?: string; newestFirst?: boolean },
  ): Promise<{ items: StoredVersion[]; nextCursor: string | null }> {
    const result = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK < :before',
        ExpressionAttributeValues: { ':pk': pendingUploads, ':before': olderThan },
        ScanIndexForward: !page.newestFirst,
        Limit: page.limit,
      },
      page.cursor,
    );
    return { items: result.items.map(versionFromItem), nextCursor: result.nextCursor };
  },
};

export type DocumentsRepository = typeof documentsRepository;
