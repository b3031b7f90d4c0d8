/**
 * `npm run openapi`: writes the OpenAPI 3.1 document of the API (functions/api/openapi.json) from
 * the routes' declarations and their zod/mini schemas, with `z.toJSONSchema`. The API serves the
 * file as it is; `test/unit/openapi-document.test.ts` fails when it no longer matches the routes
 * (ARCHITECTURE.md, "Routes and their schemas").
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { routeGroups } from '#functions/api/route-groups.ts';
import type { RouteDefinition } from '#functions/api/router.ts';
import { fromRoot } from '#infra/paths.ts';

export const openApiFile = fromRoot('functions/api/openapi.json');

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

const componentPrefix = '#/components/schemas/';

/** Named schemas (those with a `meta({ id })`) become components; the rest stays inline. */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};

  schemaOf(schema: z.ZodMiniType, io: Io): JsonSchema {
    const {
      $schema: _,
      $defs = {},
      ...root
    } = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const names = new Map<string, string>();
    for (const [id, definition] of Object.entries($defs)) names.set(id, this.nameFor(id, definition, io));
    const rename = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rename);
      if (!value || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => {
          if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')) {
            const id = inner.slice('#/$defs/'.length);
            return [key, `${componentPrefix}${names.get(id) ?? id}`];
          }
          return [key, rename(inner)];
        }),
      );
    };
    for (const [id, definition] of Object.entries($defs))
      this.schemas[names.get(id) ?? id] = rename(definition) as JsonSchema;
    return rename(root) as JsonSchema;
  }

  /** A schema read differently as input and as output (defaults) gets an `Input` twin. */
  private nameFor(id: string, definition: JsonSchema, io: Io): string {
    const known = this.schemas[id];
    if (!known || JSON.stringify(known) === JSON.stringify(definition)) return id;
    return io === 'input' ? `${id}Input` : id;
  }
}

function parametersOf(components: Components, where: 'path' | 'query' | 'header', schema: z.ZodMiniType | undefined) {
  if (!schema) return [];
  const object = components.schemaOf(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function contentOf(components: Components, content: Record<string, { schema: z.ZodMiniType }>, io: Io) {
  return Object.fromEntries(
    Object.entries(content).map(([mediaType, { schema }]) => [mediaType, { schema: components.schemaOf(schema, io) }]),
  );
}

function operationOf(components: Components, route: RouteDefinition) {
  const { params, query, headers, body } = route.request ?? {};
  const parameters = [
    ...parametersOf(components, 'path', params),
    ...parametersOf(components, 'query', query),
    ...parametersOf(components, 'header', headers),
  ];
  return {
    ...(route.tags ? { tags: route.tags } : {}),
    ...(route.summary ? { summary: route.summary } : {}),
    ...(route.description ? { description: route.description } : {}),
    'x-access': route['x-access'],
    ...(route.security ? { security: route.security } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body
      ? { requestBody: { required: body.required, content: contentOf(components, body.content, 'input') } }
      : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.content ? { content: contentOf(components, response.content, 'output') } : {}),
        },
      ]),
    ),
  };
}

/** The document, from every group's routes. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const components = new Components();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const group of routeGroups) {
    for (const route of (await group.load()).definitions) {
      const path = `/api${route.path}`;
      paths[path] = { ...paths[path], [route.method]: operationOf(components, route) };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Business and Human Rights working group portal API',
      version: '1.0.0',
      description:
        'The API of the portal of the Business and Human Rights working group. Errors are RFC 9457 problem+json with a stable `code`.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b))),
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'bhr_session',
          description: 'Set by following a sign-in link; `__Host-bhr_session` over HTTPS.',
        },
      },
    },
  };
}

export const documentText = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(openApiFile, documentText(await buildOpenApiDocument()));
  console.log(`wrote ${openApiFile}`);
}
