import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import type { Logger } from '#functions/log.ts';
import type { Wiring } from '#functions/wiring.ts';
import type { Member } from '#shared/schemas/member.ts';

/** Everything the routes need from the outside world, handed in when the app is built. */
export type AppDeps = Wiring;

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    log: Logger;
    /** The signed-in member, when the request carries a valid session cookie. */
    actor: Member | undefined;
    /** The path parameters of the route a group matched (Router.match). */
    routeParams: Record<string, string>;
    /** On a create sent with an Idempotency-Key: the key, to commit in the create's transaction. */
    idempotentCommit: IdempotentCommit | undefined;
  };
}
