import { GetCommand, QueryCommand, type QueryCommandInput, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { DocumentVersion, SharedDocument } from '#shared/schemas/document.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { cancellationCodes, decodeCursor, encodeCursor, tableName, versionedPut } from './table.ts';

/**
 * A document's partition `DOC#<id>` holds `META` and one `V#000001`… per version. Lists run on
 * indexes, newest first: GSI1 every listed document, GSI2 a theme's, GSI3 an uploader's. A
 * document linked to a session also has a copy under the session's partition
 * (`SESSION#<id>` / `DOC#…`), so the session page reads its materials with the session; its
 * `agendaItem` (null on documents stored before it existed) places it under an agenda item.
 * Versions still waiting for their check sit in GSI1 under `UPLOADS#PENDING` for the cleanup.
 */
const partition = (id: string) => `DOC#${id}`;
const metaKey = (id: string) => ({ PK: partition(id), SK: 'META' });
const versionKey = (id: string, number: number) => ({ PK: partition(id), SK: `V#${String(number).padStart(6, '0')}` });
const sessionLinkKey = (doc: Pick<SharedDocument, 'id' | 'createdAt' | 'session'>) => ({
  PK: `SESSION#${doc.session}`,
  SK: `DOC#${doc.createdAt}#${doc.id}`,
});
const pendingUploads = 'UPLOADS#PENDING';

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
  const sortKey = `${doc.createdAt}#${doc.id}`;
  return {
    ...metaKey(doc.id),
    type: 'document',
    ...doc,
    ...(listed(doc)
      ? {
          GSI1PK: 'DOCS',
          GSI1SK: sortKey,
          ...(doc.theme ? { GSI2PK: `THEME#${doc.theme}#DOCS`, GSI2SK: sortKey } : {}),
          GSI3PK: `MEMBER#${doc.uploaderId}#DOCS`,
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
      ? { GSI1PK: pendingUploads, GSI1SK: `${version.uploadedAt}#${version.documentId}#${version.number}` }
      : {}),
  };
}

const documentFields = [
  'id',
  'title',
  'description',
  'language',
  'session',
  'agendaItem',
  'theme',
  'visibility',
  'status',
  'uploaderId',
  'uploaderName',
  'currentVersion',
  'latestVersion',
  'fileName',
  'contentType',
  'size',
  'sha256',
  'createdAt',
  'updatedAt',
  'version',
] as const;

function documentFromItem(item: Record<string, unknown>): StoredDocument {
  return Object.fromEntries(documentFields.map((field) => [field, item[field] ?? null])) as unknown as StoredDocument;
}

function versionFromItem(item: Record<string, unknown>): StoredVersion {
  const { PK: _p, SK: _s, GSI1PK: _g, GSI1SK: _gs, type: _t, ...version } = item;
  return version as unknown as StoredVersion;
}

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

  async create(doc: StoredDocument, first: StoredVersion, event: AuditEvent): Promise<void> {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          ...documentWrites(undefined, doc),
          {
            Put: { TableName: tableName(), Item: versionItem(first), ConditionExpression: 'attribute_not_exists(PK)' },
          },
          auditPut(event),
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
  ) {
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            ...documentWrites(before, after),
            ...[versions].flat().map((version) => ({ Put: { TableName: tableName(), Item: versionItem(version) } })),
            ...(event ? [auditPut(event)] : []),
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
      ExclusiveStartKey: decodeCursor(query.cursor),
      ExpressionAttributeValues: {},
    };
    const values = input.ExpressionAttributeValues as Record<string, unknown>;
    if (query.by === 'all') {
      Object.assign(input, { IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk' });
      values[':pk'] = 'DOCS';
    } else if ('session' in query.by) {
      Object.assign(input, { KeyConditionExpression: 'PK = :pk AND begins_with(SK, :docs)' });
      values[':pk'] = `SESSION#${query.by.session}`;
      values[':docs'] = 'DOC#';
    } else if ('theme' in query.by) {
      Object.assign(input, { IndexName: 'GSI2', KeyConditionExpression: 'GSI2PK = :pk' });
      values[':pk'] = `THEME#${query.by.theme}#DOCS`;
    } else {
      Object.assign(input, { IndexName: 'GSI3', KeyConditionExpression: 'GSI3PK = :pk' });
      values[':pk'] = `MEMBER#${query.by.uploader}#DOCS`;
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
    const result = await dynamo().send(new QueryCommand(input));
    return { items: (result.Items ?? []).map(documentFromItem), nextCursor: encodeCursor(result.LastEvaluatedKey) };
  },

  /** Versions still unchecked since before `olderThan`, oldest first, a page at a time. */
  async pendingUploads(
    olderThan: string,
    page: { limit: number; cursor?: string },
  ): Promise<{ items: StoredVersion[]; nextCursor: string | null }> {
    const result = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK < :before',
        ExpressionAttributeValues: { ':pk': pendingUploads, ':before': olderThan },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor),
      }),
    );
    return { items: (result.Items ?? []).map(versionFromItem), nextCursor: encodeCursor(result.LastEvaluatedKey) };
  },
};

export type DocumentsRepository = typeof documentsRepository;
