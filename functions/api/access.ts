import type { Context, MiddlewareHandler } from 'hono';
import { Forbidden, Unauthorized } from '#functions/errors.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { AppEnv } from './env.ts';
import type { RouteConfig, RouteDefinition } from './router.ts';

/** Who may call a route. Object-level rules (own records, visibility) live in the use cases. */
export type Access = 'anyone' | 'member' | 'secretariat';

const describe: Record<Access, string> = {
  anyone: 'anyone, signed in or not',
  member: 'signed-in members (and the secretariat)',
  secretariat: 'the secretariat only',
};

function requireAccess(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (access !== 'anyone' && !actor) throw new Unauthorized();
    if (access === 'secretariat' && actor?.role !== 'secretariat') throw new Forbidden();
    await next();
  };
}

/**
 * A route with its access rule: enforced before validation, and published in the OpenAPI
 * document as `x-access`, where the authorization matrix test reads every route from.
 */
export function defineRoute<const R extends RouteConfig>(
  access: Access,
  config: R,
  options: { idempotent?: boolean } = {},
): R & RouteDefinition {
  const middleware: MiddlewareHandler<AppEnv>[] = [requireAccess(access)];
  // A create a client may retry; its route also declares `idempotencyHeaders`.
  // Loaded with the first create that carries a key: no read route needs it.
  if (options.idempotent) {
    middleware.push(async (c, next) => (await import('./idempotency.ts')).idempotentCreate(c, next));
  }
  return {
    ...config,
    'x-access': access,
    description: [config.description, `Who may call it: ${describe[access]}.`].filter(Boolean).join('\n\n'),
    ...(access === 'anyone' ? {} : { security: [{ sessionCookie: [] }] }),
    middleware,
  };
}

/** The signed-in member on a route whose access rule already required one. */
export function actorOf(c: Context<AppEnv>): Member {
  const actor = c.get('actor');
  if (!actor) throw new Unauthorized();
  return actor;
}
