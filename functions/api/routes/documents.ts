import {
  addVersion,
  createDocument,
  downloadLink,
  getDocument,
  listDocuments,
  listPendingUploads,
  updateDocument,
  withdrawDocument,
} from '#functions/domain/documents.ts';
import { idempotencyHeaders, idParams } from '#shared/schemas/common.ts';
import {
  documentDetailSchema,
  documentPageSchema,
  documentSchema,
  downloadQuerySchema,
  listDocumentsQuerySchema,
} from '#shared/schemas/document.ts';
import {
  createDocumentSchema,
  createdDocumentSchema,
  newVersionSchema,
  pendingUploadPageSchema,
  pendingUploadsQuerySchema,
  updateDocumentSchema,
} from '#shared/schemas/document-changes.ts';
import { actorOf, defineRoute } from '../access.ts';
import { createRouter, json, jsonBody, pickProblems } from '../router.ts';
import { expectedVersion, ifMatchHeaders, setETag } from '../versioning.ts';

const createRouteConfig = defineRoute(
  'member',
  {
    method: 'post',
    path: '/documents',
    tags: ['Documents'],
    summary: 'Share a document: records it as pending and answers a presigned POST for the file',
    description:
      'Upload the file straight to S3 with `upload.url` and `upload.fields`; the document becomes available once checked.',
    request: { headers: idempotencyHeaders, body: jsonBody(createDocumentSchema) },
    responses: {
      201: json(createdDocumentSchema, 'The pending document and its upload.'),
      ...pickProblems(400, 401, 403, 409, 422),
    },
  },
  { idempotent: true },
);

const listRoute = defineRoute('anyone', {
  method: 'get',
  path: '/documents',
  tags: ['Documents'],
  summary: 'Documents, newest first: all, by session, by theme, or mine',
  description: 'Anonymous callers see public documents only.',
  request: { query: listDocumentsQuerySchema },
  responses: { 200: json(documentPageSchema, 'A page of documents.'), ...pickProblems(400, 401) },
});

const pendingRoute = defineRoute('secretariat', {
  method: 'get',
  path: '/uploads/pending',
  tags: ['Documents'],
  summary: 'Uploads awaiting a decision: versions the upload check has not yet made available or rejected',
  description: 'Newest first. The hourly cleanup rejects a version still pending after a day.',
  request: { query: pendingUploadsQuerySchema },
  responses: { 200: json(pendingUploadPageSchema, 'A page of pending uploads.'), ...pickProblems(400, 401, 403) },
});

const getRoute = defineRoute('anyone', {
  method: 'get',
  path: '/documents/{id}',
  tags: ['Documents'],
  summary: 'One document with its versions',
  request: { params: idParams },
  responses: { 200: json(documentDetailSchema, 'The document; ETag is its version.'), ...pickProblems(400, 404) },
});

const patchRoute = defineRoute('member', {
  method: 'patch',
  path: '/documents/{id}',
  tags: ['Documents'],
  summary: 'Edit a document’s details (its uploader or the secretariat; public: secretariat only)',
  description:
    'Each version keeps its own visibility: making a document public publishes `publicVersions`, or else its current version only.',
  request: { params: idParams, headers: ifMatchHeaders, body: jsonBody(updateDocumentSchema) },
  responses: { 200: json(documentSchema, 'The document as stored.'), ...pickProblems(400, 401, 403, 404, 412, 428) },
});

const deleteRoute = defineRoute('member', {
  method: 'delete',
  path: '/documents/{id}',
  tags: ['Documents'],
  summary: 'Withdraw a document (its uploader or the secretariat)',
  request: { params: idParams },
  responses: { 204: { description: 'Withdrawn.' }, ...pickProblems(401, 403, 404) },
});

const versionRoute = defineRoute(
  'member',
  {
    method: 'post',
    path: '/documents/{id}/versions',
    tags: ['Documents'],
    summary: 'Upload a new version (its uploader or the secretariat); earlier versions stay',
    request: { headers: idempotencyHeaders, params: idParams, body: jsonBody(newVersionSchema) },
    responses: {
      201: json(createdDocumentSchema, 'The document and the upload of the new version.'),
      ...pickProblems(400, 401, 403, 404, 409, 422),
    },
  },
  { idempotent: true },
);

const downloadRoute = defineRoute('anyone', {
  method: 'get',
  path: '/documents/{id}/download',
  tags: ['Documents'],
  summary: 'Download a version (the current one by default): 303 to a link valid 5 minutes',
  request: { params: idParams, query: downloadQuerySchema },
  responses: {
    303: { description: 'To a presigned GET that saves the file under its original name.' },
    ...pickProblems(400, 404),
  },
});

export const documentRoutes = createRouter()
  .openapi(createRouteConfig, async (c) => {
    const created = await createDocument(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('idempotentCommit'));
    c.header('Location', `/api/documents/${created.document.id}`);
    return c.json(created, 201);
  })
  .openapi(listRoute, async (c) =>
    c.json(await listDocuments(c.get('deps'), c.get('actor'), c.req.valid('query')), 200),
  )
  .openapi(pendingRoute, async (c) => c.json(await listPendingUploads(c.get('deps'), c.req.valid('query')), 200))
  .openapi(getRoute, async (c) => {
    const document = await getDocument(c.get('deps'), c.get('actor'), c.req.valid('param').id);
    setETag(c, document.version);
    c.header('Cache-Control', 'private, no-cache');
    return c.json(document, 200);
  })
  .openapi(patchRoute, async (c) => {
    const version = expectedVersion(c);
    const document = await updateDocument(
      c.get('deps'),
      actorOf(c),
      c.req.valid('param').id,
      c.req.valid('json'),
      version,
    );
    setETag(c, document.version);
    return c.json(document, 200);
  })
  .openapi(deleteRoute, async (c) => {
    await withdrawDocument(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(versionRoute, async (c) =>
    c.json(
      await addVersion(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('idempotentCommit'),
      ),
      201,
    ),
  )
  .openapi(downloadRoute, async (c) => {
    const url = await downloadLink(
      c.get('deps'),
      c.get('actor'),
      c.req.valid('param').id,
      c.req.valid('query').version,
    );
    c.header('Cache-Control', 'no-store');
    return c.redirect(url, 303);
  });
