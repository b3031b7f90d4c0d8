import { randomBytes } from 'node:crypto';
import type { StoredDocument, StoredVersion } from '#functions/data/documents.ts';
import { parsePendingKey, pendingKey, storedKey } from '#functions/data/files.ts';
import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import {
  type FieldError,
  Forbidden,
  NotFound,
  PreconditionFailed,
  Unauthorized,
  ValidationFailed,
} from '#functions/errors.ts';
import type {
  AllowedContentType,
  CreateDocument,
  DocumentVersion,
  SharedDocument,
  UpdateDocument,
} from '#shared/schemas/document.ts';
import { maxFileBytes } from '#shared/schemas/document.ts';
import type { Member } from '#shared/schemas/member.ts';
import { auditEvent, diff } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { bytesMatchType } from './file-types.ts';
import { newId } from './ids.ts';
import { canSee as canSeeSession } from './sessions.ts';

type DocumentDeps = Pick<DomainDeps, 'documents' | 'files' | 'sessions' | 'themes' | 'now'>;
type Actor = Member | undefined;

export const uploadWindowSeconds = 15 * 60;
export const downloadLinkSeconds = 5 * 60;
export const abandonedAfterMs = 24 * 60 * 60 * 1000;

const isSecretariat = (actor: Actor) => actor?.role === 'secretariat';
const owns = (actor: Actor, doc: Pick<SharedDocument, 'uploaderId'>) =>
  actor !== undefined && actor.id === doc.uploaderId;

/** Who may know a document exists: its uploader and the secretariat always; others once it is available. */
function canSee(actor: Actor, doc: StoredDocument): boolean {
  if (doc.status === 'withdrawn') return isSecretariat(actor);
  if (owns(actor, doc) || isSecretariat(actor)) return true;
  if (doc.status !== 'available') return false;
  return doc.visibility === 'public' || actor !== undefined;
}

function requireEditor(actor: Member, doc: StoredDocument) {
  if (!owns(actor, doc) && !isSecretariat(actor)) {
    throw new Forbidden('Only the uploader or the secretariat changes a document.');
  }
}

function requirePublicRight(actor: Member, visibility: string | undefined) {
  if (visibility === 'public' && !isSecretariat(actor)) {
    throw new Forbidden('Only the secretariat makes a document public.', 'public-needs-secretariat');
  }
}

export function publicDocument({ latestVersion: _latest, ...doc }: StoredDocument): SharedDocument {
  return doc;
}

function publicVersion(version: StoredVersion, uploaderName: string): DocumentVersion {
  return {
    number: version.number,
    fileName: version.fileName,
    contentType: version.contentType,
    size: version.size,
    sha256: version.sha256 ?? null,
    status: version.status,
    rejectedReason: version.rejectedReason ?? null,
    uploadedAt: version.uploadedAt,
    uploaderName: version.uploaderName ?? uploaderName,
  };
}

async function checkLinks(
  deps: DocumentDeps,
  actor: Member,
  input: { session?: string | null; theme?: string | null },
) {
  const problems: FieldError[] = [];
  if (input.session) {
    const session = await deps.sessions.get(input.session);
    if (!session || !canSeeSession(actor, session))
      problems.push({ field: 'session', code: 'unknown-session', message: 'No such session.' });
  }
  if (input.theme && !(await deps.themes.get(input.theme)))
    problems.push({ field: 'theme', code: 'unknown-theme', message: 'No such theme.' });
  if (problems.length > 0) throw new ValidationFailed(problems);
}

async function presign(deps: DocumentDeps, version: StoredVersion) {
  const { url, fields } = await deps.files.presignUpload({
    key: version.objectKey,
    contentType: version.contentType,
    size: version.size,
    expiresSeconds: uploadWindowSeconds,
  });
  const expiresAt = new Date(deps.now().getTime() + uploadWindowSeconds * 1000).toISOString();
  return { url, fields, expiresAt, maxBytes: maxFileBytes };
}

function newVersion(
  documentId: string,
  number: number,
  file: { fileName: string; contentType: string; size: number },
  actor: Member,
  now: Date,
): StoredVersion {
  return {
    documentId,
    number,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: null,
    status: 'pending',
    rejectedReason: null,
    uploadedAt: now.toISOString(),
    uploaderId: actor.id,
    uploaderName: actor.name,
    objectKey: pendingKey(documentId, number, randomBytes(12).toString('base64url')),
  };
}

/** Records a pending document and answers the presigned POST that uploads its file to S3. */
export async function createDocument(
  deps: DocumentDeps,
  actor: Member,
  input: CreateDocument,
  commit?: IdempotentCommit,
) {
  requirePublicRight(actor, input.visibility);
  await checkLinks(deps, actor, input);
  const now = deps.now();
  const id = newId(now);
  const first = newVersion(id, 1, input, actor, now);
  const document: StoredDocument = {
    id,
    title: input.title,
    description: input.description,
    language: input.language,
    session: input.session ?? null,
    theme: input.theme ?? null,
    visibility: input.visibility,
    status: 'pending',
    uploaderId: actor.id,
    uploaderName: actor.name,
    currentVersion: 0,
    latestVersion: 1,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.size,
    sha256: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  await deps.documents.create(
    document,
    first,
    auditEvent(now, actor, 'document.created', { type: 'document', id }, `Uploading "${document.title}"`),
    commit,
  );
  return { document: publicDocument(document), upload: await presign(deps, first) };
}

export async function addVersion(
  deps: DocumentDeps,
  actor: Member,
  id: string,
  file: { fileName: string; contentType: string; size: number },
  commit?: IdempotentCommit,
) {
  const document = await deps.documents.get(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  const now = deps.now();
  const version = newVersion(id, document.latestVersion + 1, file, actor, now);
  const updated: StoredDocument = {
    ...document,
    latestVersion: version.number,
    updatedAt: now.toISOString(),
    version: document.version + 1,
  };
  await deps.documents.update(
    document,
    updated,
    auditEvent(now, actor, 'document.version-added', { type: 'document', id }, `Uploading version ${version.number}`),
    version,
    commit,
  );
  return { document: publicDocument(updated), upload: await presign(deps, version) };
}

export async function getDocument(deps: Pick<DomainDeps, 'documents'>, actor: Actor, id: string) {
  const { document, versions } = await deps.documents.getWithVersions(id);
  if (!document || !canSee(actor, document)) throw new NotFound('No such document.');
  const editor = owns(actor, document) || isSecretariat(actor);
  const shown = editor ? versions : versions.filter((version) => version.status === 'available');
  return { ...publicDocument(document), versions: shown.map((v) => publicVersion(v, document.uploaderName)) };
}

export async function updateDocument(
  deps: DocumentDeps,
  actor: Member,
  id: string,
  patch: UpdateDocument,
  expectedVersion: number,
): Promise<SharedDocument> {
  const document = await deps.documents.get(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  if (patch.visibility !== undefined && patch.visibility !== document.visibility) requirePublicRight(actor, 'public');
  await checkLinks(deps, actor, patch);
  if (document.version !== expectedVersion) throw new PreconditionFailed();
  const now = deps.now();
  const updated: StoredDocument = {
    ...document,
    ...patch,
    updatedAt: now.toISOString(),
    version: document.version + 1,
  };
  const changes = diff(document, updated, ['title', 'description', 'language', 'session', 'theme', 'visibility']);
  if (Object.keys(changes).length === 0) return publicDocument(document);
  await deps.documents.update(
    document,
    updated,
    auditEvent(
      now,
      actor,
      'document.updated',
      { type: 'document', id },
      `Changed ${Object.keys(changes).join(', ')}`,
      changes,
    ),
  );
  return publicDocument(updated);
}

export async function withdrawDocument(deps: DocumentDeps, actor: Member, id: string): Promise<void> {
  const document = await deps.documents.get(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  const now = deps.now();
  await deps.documents.update(
    document,
    { ...document, status: 'withdrawn', updatedAt: now.toISOString(), version: document.version + 1 },
    auditEvent(now, actor, 'document.withdrawn', { type: 'document', id }, `Withdrew "${document.title}"`),
  );
}

/** A short-lived download link for an available version (the current one by default). */
export async function downloadLink(
  deps: Pick<DomainDeps, 'documents' | 'files'>,
  actor: Actor,
  id: string,
  number?: number,
): Promise<string> {
  const { document, versions } = await deps.documents.getWithVersions(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  const wanted = number ?? document.currentVersion;
  const version = versions.find((v) => v.number === wanted && v.status === 'available');
  if (!version) throw new NotFound('No such version to download.');
  return deps.files.presignDownload(version.objectKey, version.fileName, version.contentType, downloadLinkSeconds);
}

export type UploadVerdict =
  | { status: 'available'; sha256: string }
  | { status: 'rejected'; reason: string }
  | { status: 'ignored' };

/**
 * The check of an uploaded object, run when S3 reports it: the size must be the declared one and
 * the first bytes must fit the declared type. A passing file moves out of `pending/` and its
 * version becomes the document's current one; a failing file is deleted and the reason kept.
 */
export async function checkUpload(
  deps: Pick<DomainDeps, 'documents' | 'files' | 'now'>,
  key: string,
): Promise<UploadVerdict> {
  const parsed = parsePendingKey(key);
  if (!parsed) return { status: 'ignored' };
  const { document, versions } = await deps.documents.getWithVersions(parsed.documentId);
  const version = versions.find((v) => v.number === parsed.version);
  if (!document || !version || version.objectKey !== key || version.status !== 'pending') {
    await deps.files.remove(key);
    return { status: 'ignored' };
  }
  const object = await deps.files.inspect(key);
  if (!object) return { status: 'ignored' };

  let reason: string | undefined;
  if (object.size !== version.size) reason = `The file has ${object.size} bytes, not the ${version.size} declared.`;
  else if (!bytesMatchType(object.head, version.contentType as AllowedContentType)) {
    reason = `The file's content is not ${version.contentType}.`;
  }
  const now = deps.now();
  if (reason) {
    await deps.files.remove(key);
    const rejected: StoredVersion = { ...version, status: 'rejected', rejectedReason: reason };
    const updated: StoredDocument = {
      ...document,
      status: document.currentVersion === 0 && document.status === 'pending' ? 'rejected' : document.status,
      updatedAt: now.toISOString(),
      version: document.version + 1,
    };
    await deps.documents.update(
      document,
      updated,
      auditEvent(
        now,
        null,
        'document.rejected',
        { type: 'document', id: document.id },
        `Version ${version.number}: ${reason}`,
      ),
      rejected,
    );
    return { status: 'rejected', reason };
  }

  const finalKey = storedKey(document.id, version.number);
  // Only the bytes just checked may become the document: if the key holds another upload by now,
  // this check stands down and the newer object's own check decides (ARCHITECTURE.md, uploads).
  if (!(await deps.files.move(key, finalKey, object.pin))) return { status: 'ignored' };
  const accepted: StoredVersion = { ...version, status: 'available', sha256: object.sha256, objectKey: finalKey };
  const newest = version.number > document.currentVersion;
  const updated: StoredDocument = {
    ...document,
    status: document.status === 'withdrawn' ? 'withdrawn' : 'available',
    ...(newest
      ? {
          currentVersion: version.number,
          fileName: version.fileName,
          contentType: version.contentType,
          size: object.size,
          sha256: object.sha256,
        }
      : {}),
    updatedAt: now.toISOString(),
    version: document.version + 1,
  };
  await deps.documents.update(
    document,
    updated,
    auditEvent(
      now,
      null,
      'document.available',
      { type: 'document', id: document.id },
      `Version ${version.number} checked`,
    ),
    accepted,
  );
  return { status: 'available', sha256: object.sha256 };
}

/** Rejects uploads that never arrived within a day, so no pending record lingers. */
export async function cleanUpAbandonedUploads(deps: Pick<DomainDeps, 'documents' | 'files' | 'now'>): Promise<number> {
  const now = deps.now();
  const cutoff = new Date(now.getTime() - abandonedAfterMs).toISOString();
  let cleaned = 0;
  for (const version of await deps.documents.pendingUploads(cutoff, 100)) {
    const document = await deps.documents.get(version.documentId);
    await deps.files.remove(version.objectKey);
    if (!document) continue;
    const reason = 'The upload did not arrive within a day.';
    await deps.documents.update(
      document,
      {
        ...document,
        status: document.currentVersion === 0 && document.status === 'pending' ? 'rejected' : document.status,
        updatedAt: now.toISOString(),
        version: document.version + 1,
      },
      auditEvent(
        now,
        null,
        'document.abandoned',
        { type: 'document', id: document.id },
        `Version ${version.number}: ${reason}`,
      ),
      { ...version, status: 'rejected', rejectedReason: reason },
    );
    cleaned += 1;
  }
  return cleaned;
}

export async function listDocuments(
  deps: Pick<DomainDeps, 'documents'>,
  actor: Actor,
  query: { session?: string; theme?: string; mine?: boolean; limit: number; cursor?: string },
) {
  if (query.mine && !actor) throw new Unauthorized();
  const by =
    query.mine && actor
      ? { uploader: actor.id }
      : query.session
        ? { session: query.session }
        : query.theme
          ? { theme: query.theme }
          : ('all' as const);
  const page = await deps.documents.list({
    by,
    publicOnly: !actor,
    availableOnly: !query.mine,
    limit: query.limit,
    cursor: query.cursor,
  });
  return { items: page.items.map(publicDocument), nextCursor: page.nextCursor };
}
