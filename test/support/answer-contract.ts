import * as z from 'zod/mini';
import { routeGroups } from '#functions/api/route-groups.ts';
import type { RouteDefinition } from '#functions/api/router.ts';

/**
 * The API's answers against the schemas their routes declare, checked on every JSON answer the
 * integration tests receive (`api()`, http.ts). The pages take answers as these schemas type them
 * without parsing them (web/src/app/api.ts, `AnswerOf`), so this is where an answer that drifted
 * from its schema is caught (ARCHITECTURE.md, "`web/`").
 */
interface DeclaredRoute {
  method: string;
  pattern: RegExp;
  /** Routes with fewer parameters are more specific: `/outcomes/years` before `/outcomes/{id}`. */
  parameters: number;
  definition: RouteDefinition;
}

let declared: Promise<DeclaredRoute[]> | undefined;

function routes(): Promise<DeclaredRoute[]> {
  declared ??= Promise.all(routeGroups.map((group) => group.load())).then((routers) =>
    routers
      .flatMap((router) => router.definitions)
      .map((definition) => ({
        method: definition.method.toUpperCase(),
        pattern: new RegExp(`^/api${definition.path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        parameters: (definition.path.match(/\{/g) ?? []).length,
        definition,
      }))
      .sort((a, b) => a.parameters - b.parameters),
  );
  return declared;
}

/** The schema a route declares for this status and media type, if the answer is one it declares. */
async function declaredSchema(method: string, path: string, status: number, mediaType: string) {
  const pathname = new URL(path, 'http://portal').pathname;
  const wanted = method === 'HEAD' ? 'GET' : method;
  const route = (await routes()).find((each) => each.method === wanted && each.pattern.test(pathname));
  return route?.definition.responses[status]?.content?.[mediaType]?.schema;
}

/** Throws, naming the route and each field at fault, when a JSON answer does not fit its declared schema. */
export async function checkAnswer(method: string, path: string, status: number, contentType: string, body: unknown) {
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (!mediaType.endsWith('json')) return;
  const schema = await declaredSchema(method, path, status, mediaType);
  if (!schema) return;
  const parsed = z.safeParse(schema, body);
  if (parsed.success) return;
  const issues = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(answer)'}: ${issue.message}`);
  throw new Error(`${method} ${path} answered ${status} outside its declared schema:\n${issues.join('\n')}`);
}
