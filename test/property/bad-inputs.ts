import fc from 'fast-check';

/** One operation of the OpenAPI document, reduced to what a bad request needs. */
export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  bodySchema?: JsonSchema;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

interface OpenApi {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface OperationObject {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** Every operation of the document, with `$ref`s in its request body resolved one level deep. */
export function operationsOf(document: unknown): Operation[] {
  const doc = document as OpenApi;
  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined =>
    schema?.$ref ? doc.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] : schema;
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const named = (where: string) => parameters.filter((p) => p.in === where).map((p) => p.name);
      return {
        method: method.toUpperCase(),
        path,
        pathParams: named('path'),
        queryParams: named('query'),
        headerParams: named('header'),
        bodySchema: resolve(operation.requestBody?.content['application/json']?.schema),
      };
    }),
  );
}

export interface BadRequest {
  role: 'anonymous' | 'member' | 'secretariat' | 'forged';
  pathValues: Record<string, string>;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: string;
}

/** The real ids and version tags of records the test made, so some requests reach past the lookup. */
export interface Fixtures {
  ids: Record<string, string[]>;
  etags: string[];
}

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', 'null', 'undefined', '-1', '0', '1e309', 'NaN', '9'.repeat(40), 'a'.repeat(5_000)),
  fc.constantFrom('../../etc/passwd', '%00', '\u0000', '<script>', "' OR 1=1 --", '{"$gt":""}', 'ə'.repeat(300)),
);

/** Cursors of every shape: opaque junk, and well-formed ones pointing at keys the query never gave out. */
export const cursor = fc.oneof(
  fc.constantFrom('e30', 'W10', 'bnVsbA', 'IiI', '!!!', '%', 'AAAA'),
  oddText,
  fc.jsonValue({ maxDepth: 2 }).map((value) => b64url(JSON.stringify(value))),
  fc
    .dictionary(fc.constantFrom('PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK'), oddText, {
      maxKeys: 4,
    })
    .map((key) => b64url(JSON.stringify(key))),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
);

const queryValue = (name: string) =>
  name === 'cursor'
    ? cursor
    : fc.oneof(
        oddText,
        fc.integer().map(String),
        fc.double().map(String),
        fc.constantFrom('true', 'false', '2026-13-45', '2026-01-01T25:00:00Z', 'draft', 'public'),
      );

const pathValue = (name: string, fixtures: Fixtures) => {
  const known = fixtures.ids[name] ?? [];
  const garbage = fc.oneof(
    oddText.filter((text) => text.length > 0).map(encodeURIComponent),
    fc.uuid(),
    fc.constantFrom('%zz', '%E0%A4%A', '..%2F..%2Fhealth', '%2e%2e', 'null', '0', '-1'),
  );
  return known.length > 0 ? fc.oneof(fc.constantFrom(...known), garbage) : garbage;
};

/** A value of roughly the schema's shape, often of the wrong type or out of range. */
function valueFor(schema: JsonSchema | undefined, depth: number): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.jsonValue({ maxDepth: 1 }),
    oddText,
    fc.constantFrom(null, -1, 0, 2 ** 53, 1e308, true, [], {}, 'ə'.repeat(10_000)),
  );
  if (!schema || depth > 2) return wrong;
  const plausible: fc.Arbitrary<unknown>[] = [];
  if (schema.enum) plausible.push(fc.constantFrom(...schema.enum));
  if (schema.properties) plausible.push(objectFor(schema, depth + 1));
  if (schema.items) plausible.push(fc.array(valueFor(schema.items, depth + 1), { maxLength: 4 }));
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) plausible.push(valueFor(option, depth + 1));
  return plausible.length > 0 ? fc.oneof(wrong, ...plausible) : wrong;
}

function objectFor(schema: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, valueFor(property, depth)]),
  );
  return fc
    .tuple(
      fc.record(known, { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([fields, extra, withExtra]) => (withExtra ? { ...fields, ...extra } : fields));
}

const body = (schema: JsonSchema | undefined) =>
  fc.oneof(
    { weight: 4, arbitrary: (schema ? objectFor(schema, 0) : fc.object()).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: oddText },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,2', '\u0000', '{"__proto__":{"x":1}}', '1'.repeat(400)) },
  );

const contentType = fc.oneof(
  { weight: 4, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/problem+json',
      'garbage',
      '',
    ),
  },
);

const etag = (fixtures: Fixtures) =>
  fc.oneof(
    fc.constantFrom('*', '"0"', 'W/"1"', '"-1"', '"99999999999999999999"', '"abc"', '', '"1", "2"'),
    oddText,
    ...(fixtures.etags.length > 0 ? [fc.constantFrom(...fixtures.etags)] : []),
  );

const idempotencyKey = fc.oneof(
  fc.uuid(),
  oddText,
  fc.constantFrom('', 'a', 'x'.repeat(300), '\t'),
  fc.string({ minLength: 8, maxLength: 64 }),
);

/** A bad request for one operation: every part of it may be missing, malformed or misplaced. */
export function badRequest(operation: Operation, fixtures: Fixtures, roles: BadRequest['role'][]) {
  const pathValues = fc.record(
    Object.fromEntries(operation.pathParams.map((name) => [name, pathValue(name, fixtures)])),
  ) as fc.Arbitrary<Record<string, string>>;
  const queryNames = [...operation.queryParams, 'cursor', 'limit', 'unknown'];
  const query = fc.array(
    fc.constantFrom(...queryNames).chain((name) => queryValue(name).map((value) => [name, value] as [string, string])),
    { maxLength: 4 },
  );
  const headers = fc
    .record(
      {
        'If-Match': etag(fixtures),
        'Idempotency-Key': idempotencyKey,
        'Content-Type': contentType,
        Accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml'),
      },
      { requiredKeys: [] },
    )
    .map((record) => Object.fromEntries(Object.entries(record).filter((entry) => /^[\t\x20-\x7e]*$/.test(entry[1]))));
  const sendsBody = operation.method !== 'GET' && operation.method !== 'HEAD';
  return fc.record({
    role: fc.constantFrom(...roles),
    pathValues,
    query,
    headers,
    body: sendsBody ? fc.option(body(operation.bodySchema), { nil: undefined, freq: 6 }) : fc.constant(undefined),
  }) satisfies fc.Arbitrary<BadRequest>;
}

/** The request's address: path parameters filled in and the query appended. */
export function addressOf(operation: Operation, request: BadRequest): string {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.pathValues[name] ?? '');
  const search = new URLSearchParams(request.query).toString();
  return search ? `${path}?${search}` : path;
}
