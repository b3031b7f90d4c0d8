import { randomBytes } from 'node:crypto';
import type { StoredDocument, StoredVersion } from '#functions/data/documents.ts';
import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import { parsePendingKey, pendingKey, storedKey } from '#functions/data/object-keys.ts';
import {
  type FieldError,
  Forbidden,
  NotFound,
  Unauthorized,
  UnprocessableContent,
  ValidationFailed,
} from '#functions/errors.ts';
import { type AllowedContentType, kindOfContentType, maxFileBytes } from '#shared/file-types.ts';
import type { DocumentVersion, SharedDocument } from '#shared/schemas/document.ts';
import type { CreateDocument, UpdateDocument } from '#shared/schemas/document-changes.ts';
import type { Member } from '#shared/schemas/member.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { bytesMatchType } from './file-types.ts';
import { newId } from './ids.ts';
import { type RecordFailure, type RecordOutcome, walkRecords } from './record-walk.ts';
import { canSee as canSeeSession } from './session-reads.ts';
import { updateVersioned } from './versioned.ts';

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

/**
 * Who may download a version is the version's own visibility (ARCHITECTURE.md, "Documents"):
 * publishing a document publishes the versions the secretariat chose, never a file uploaded
 * while it was members-only. Versions stored before versions had their own visibility count as
 * the document's when current, members-only otherwise.
 */
function versionVisibility(doc: StoredDocument, version: StoredVersion): 'members' | 'public' {
  return version.visibility ?? (version.number === doc.currentVersion ? doc.visibility : 'members');
}

function canSeeVersion(actor: Actor, doc: StoredDocument, version: StoredVersion): boolean {
  if (owns(actor, doc) || isSecretariat(actor)) return true;
  if (version.status !== 'available') return false;
  return actor !== undefined || versionVisibility(doc, version) === 'public';
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

function publicVersion(doc: StoredDocument, version: StoredVersion, uploaderName: string): DocumentVersion {
  return {
    visibility: versionVisibility(doc, version),
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

/**
 * Checks the session, agenda item and theme a document is linked to. An agenda item needs the
 * session it belongs to (the one given, or else the one the document already has) and must be
 * on that session's agenda.
 */
async function checkLinks(
  deps: DocumentDeps,
  actor: Member,
  input: { session?: string | null; theme?: string | null; agendaItem?: number | null },
  linkedSession: string | null = null,
) {
  const problems: FieldError[] = [];
  const sessionId = input.session === undefined ? linkedSession : input.session;
  const session = sessionId ? await deps.sessions.get(sessionId) : undefined;
  if (input.session && (!session || !canSeeSession(actor, session)))
    problems.push({ field: 'session', code: 'unknown-session', message: 'No such session.' });
  if (input.agendaItem !== undefined && input.agendaItem !== null) {
    if (!sessionId)
      problems.push({
        field: 'agendaItem',
        code: 'agenda-item-without-session',
        message: 'An agenda item belongs to a session: link the session too.',
      });
    else if (session && input.agendaItem >= session.agenda.length)
      problems.push({
        field: 'agendaItem',
        code: 'unknown-agenda-item',
        message: `The session’s agenda has ${session.agenda.length} items (counted from 0).`,
      });
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
  visibility: 'members' | 'public',
): StoredVersion {
  return {
    visibility,
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
  const first = newVersion(id, 1, input, actor, now, input.visibility);
  const document: StoredDocument = {
    id,
    title: input.title,
    description: input.description,
    language: input.language,
    session: input.session ?? null,
    agendaItem: input.session ? (input.agendaItem ?? null) : null,
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
  file: { fileName: string; contentType: string; size: number; confirmKindChange?: boolean },
  commit?: IdempotentCommit,
) {
  const document = await deps.documents.get(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  const [was, becomes] = [kindOfContentType(document.contentType), kindOfContentType(file.contentType)];
  if (was !== becomes && !file.confirmKindChange) {
    throw new UnprocessableContent(
      'kind-change-unconfirmed',
      `This document is a ${was ?? 'file'}; a ${becomes ?? 'file'} as its new version needs confirmKindChange.`,
      [{ field: 'contentType', code: 'kind-change', message: 'Not the same kind of file as the document.' }],
    );
  }
  const now = deps.now();
  // A new version is what the document now shows, so it takes the document's visibility.
  const version = newVersion(id, document.latestVersion + 1, file, actor, now, document.visibility);
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
  const shown = versions.filter((version) => canSeeVersion(actor, document, version));
  return {
    ...publicDocument(document),
    versions: shown.map((version) => publicVersion(document, version, document.uploaderName)),
  };
}

export async function updateDocument(
  deps: DocumentDeps,
  actor: Member,
  id: string,
  patch: UpdateDocument,
  expectedVersion: number,
): Promise<SharedDocument> {
  const { document, versions } = await deps.documents.getWithVersions(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  const { publicVersions, ...fields } = patch;
  if (fields.visibility !== undefined && fields.visibility !== document.visibility) requirePublicRight(actor, 'public');
  if (publicVersions !== undefined) requirePublicRight(actor, 'public');
  await checkLinks(deps, actor, fields, document.session);
  // Moved to another session (or none): its place on the old agenda means nothing there.
  const movedSession = fields.session !== undefined && fields.session !== document.session;
  const after: StoredDocument = {
    ...document,
    ...fields,
    agendaItem: fields.agendaItem !== undefined ? fields.agendaItem : movedSession ? null : document.agendaItem,
  };
  const changedVersions = versionsToRevisibilise(document, after, versions, publicVersions);
  const visibleAfter = (version: StoredVersion) =>
    changedVersions.find((changed) => changed.number === version.number)?.visibility ??
    versionVisibility(document, version);
  const { record } = await updateVersioned(deps.now(), {
    actor,
    before: document,
    after,
    expectedVersion,
    fields: ['title', 'description', 'language', 'session', 'agendaItem', 'theme', 'visibility'],
    otherChanges:
      changedVersions.length > 0
        ? {
            publicVersions: {
              from: versions.filter((v) => versionVisibility(document, v) === 'public').map((v) => v.number),
              to: versions.filter((v) => visibleAfter(v) === 'public').map((v) => v.number),
            },
          }
        : undefined,
    event: (changes) => ({
      action: 'document.updated',
      entity: { type: 'document', id },
      summary: `Changed ${Object.keys(changes).join(', ')}`,
    }),
    write: (before, written, event) => deps.documents.update(before, written, event, changedVersions),
  });
  return publicDocument(record);
}

/**
 * The versions whose visibility a change sets. A members-only document has no public version.
 * Making a document public publishes the versions named, or else its current one only; naming
 * the versions of a public document makes exactly those public.
 */
function versionsToRevisibilise(
  before: StoredDocument,
  after: StoredDocument,
  versions: StoredVersion[],
  named: number[] | undefined,
): StoredVersion[] {
  if (named !== undefined && after.visibility !== 'public') {
    throw new ValidationFailed([
      { field: 'publicVersions', code: 'needs-public', message: 'Only a public document has public versions.' },
    ]);
  }
  const unknown = (named ?? []).filter(
    (number) => !versions.some((version) => version.number === number && version.status !== 'rejected'),
  );
  if (unknown.length > 0) {
    throw new ValidationFailed([
      { field: 'publicVersions', code: 'unknown-version', message: `No such version: ${unknown.join(', ')}.` },
    ]);
  }
  const madePublic = after.visibility === 'public' && before.visibility !== 'public';
  const chosen = named ?? (madePublic ? [before.currentVersion || before.latestVersion] : undefined);
  const wanted = (version: StoredVersion): 'members' | 'public' => {
    if (after.visibility !== 'public') return 'members';
    if (chosen?.includes(version.number)) return 'public';
    return named !== undefined ? 'members' : versionVisibility(before, version);
  };
  return versions
    .filter((version) => version.visibility !== wanted(version))
    .map((version) => ({ ...version, visibility: wanted(version) }));
}

export async function withdrawDocument(deps: DocumentDeps, actor: Member, id: string): Promise<void> {
  const document = await deps.documents.get(id);
  if (!document || !canSee(actor, document) || document.status === 'withdrawn') throw new NotFound('No such document.');
  requireEditor(actor, document);
  await updateVersioned(deps.now(), {
    actor,
    before: document,
    after: { ...document, status: 'withdrawn' as const },
    event: () => ({
      action: 'document.withdrawn',
      entity: { type: 'document', id },
      summary: `Withdrew "${document.title}"`,
    }),
    write: (before, after, event) => deps.documents.update(before, after, event),
  });
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
  const downloadable = versions.filter((v) => v.status === 'available' && canSeeVersion(actor, document, v));
  // Without a number: the current version, or else the newest one this caller may have.
  const version =
    number === undefined
      ? (downloadable.find((v) => v.number === document.currentVersion) ?? downloadable.at(-1))
      : downloadable.find((v) => v.number === number);
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

/** Which abandoned uploads a cleanup run looks at: all of them, or those of the given documents. */
export interface AbandonedUploadScope {
  documentIds?: readonly string[];
}

export interface AbandonedUploadCleanup {
  cleaned: number;
  skipped: number;
  failed: number;
  failures: RecordFailure[];
}

/** The rest waits for the next hourly run, well inside the function's timeout. */
const abandonedUploadsPerRun = 500;
const abandonedUploadsPage = 100;

async function* abandonedUploads(
  deps: Pick<DomainDeps, 'documents'>,
  cutoff: string,
  scope: AbandonedUploadScope,
): AsyncGenerator<StoredVersion> {
  const only = scope.documentIds ? new Set(scope.documentIds) : undefined;
  let cursor: string | undefined;
  let handed = 0;
  do {
    const page = await deps.documents.pendingUploads(cutoff, { limit: abandonedUploadsPage, cursor });
    for (const version of page.items) {
      if (only && !only.has(version.documentId)) continue;
      yield version;
      handed += 1;
      if (handed >= abandonedUploadsPerRun) return;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * Rejects one upload that never arrived, read afresh: the index it was found by may lag, and the
 * upload check or its uploader may have changed the document since.
 */
async function rejectAbandoned(
  deps: Pick<DomainDeps, 'documents' | 'files'>,
  found: StoredVersion,
  cutoff: string,
  now: Date,
): Promise<RecordOutcome> {
  const { document, versions } = await deps.documents.getWithVersions(found.documentId);
  const version = versions.find((candidate) => candidate.number === found.number);
  if (!document || !version || version.status !== 'pending' || version.uploadedAt >= cutoff) return 'skipped';
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
  // Only once the version is rejected: until then, a late check may still be reading the object.
  await deps.files.remove(version.objectKey);
  return 'done';
}

/** Rejects uploads that never arrived within a day, so no pending record lingers. Hourly. */
export async function cleanUpAbandonedUploads(
  deps: Pick<DomainDeps, 'documents' | 'files' | 'now'>,
  scope: AbandonedUploadScope = {},
): Promise<AbandonedUploadCleanup> {
  const now = deps.now();
  const cutoff = new Date(now.getTime() - abandonedAfterMs).toISOString();
  const { done, skipped, failed, failures } = await walkRecords(
    abandonedUploads(deps, cutoff, scope),
    (version) => `${version.documentId} v${version.number}`,
    (version) => rejectAbandoned(deps, version, cutoff, now),
  );
  return { cleaned: done, skipped, failed, failures };
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

/**
 * Uploads awaiting a decision: versions the upload check has not yet made available or rejected,
 * newest first (the secretariat's "what needs doing"; the hourly cleanup rejects those left a day).
 */
export async function listPendingUploads(
  deps: Pick<DomainDeps, 'documents'>,
  query: { limit: number; cursor?: string },
) {
  // Every pending version: sort keys start with an ISO instant, all below '~'. A fixed bound keeps
  // the cursor of a page valid for the next request (ARCHITECTURE.md, "Invariants").
  const page = await deps.documents.pendingUploads('~', { ...query, newestFirst: true });
  return {
    items: page.items.map(({ documentId, number, fileName, size, uploadedAt, uploaderName }) => ({
      documentId,
      number,
      fileName,
      size,
      uploadedAt,
      uploaderName,
    })),
    nextCursor: page.nextCursor,
  };
}
