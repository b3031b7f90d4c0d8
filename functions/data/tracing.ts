import type { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * Powertools Tracer (ARCHITECTURE.md, "Production", tracing): each AWS SDK client is captured, so
 * every DynamoDB, S3 and SES call is a subsegment of the function's X-Ray trace (tracing is active
 * on every function, infra/constructs/portal-function.ts). The Tracer (with the X-Ray SDK) takes
 * longer to load than the rest of the first answer's data layer, so it is loaded beside the first
 * request, not before it: the client is handed back at once and captured when the Tracer is ready.
 * The first calls of a cold start may go untraced; Lambda's own init and invocation segments
 * still show the cold start. The Tracer turns itself off outside Lambda and when
 * POWERTOOLS_TRACE_ENABLED is false.
 */
let tracer: Promise<Tracer | undefined> | undefined;

export function traced<Client extends object>(client: Client): Client {
  tracer ??= import('@aws-lambda-powertools/tracer').then(
    ({ Tracer }) => new Tracer({ serviceName: 'bhr-portal' }),
    // Tracing is an aid: a Tracer that cannot load must never fail a request.
    () => undefined,
  );
  void tracer.then((loaded) => loaded?.captureAWSv3Client(client));
  return client;
}
