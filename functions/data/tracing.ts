import type { Tracer } from '@aws-lambda-powertools/tracer';
import { config } from '#functions/config.ts';

/**
 * Powertools Tracer (ARCHITECTURE.md, "Production", tracing): where POWERTOOLS_TRACE_ENABLED is
 * true, each AWS SDK client is captured, so every DynamoDB, S3 and SES call is a subsegment of the
 * function's X-Ray trace. Where it is not (the API function unless its stage asks, the local
 * stack), the Tracer is not even loaded: with the X-Ray SDK it costs a cold start about 30 ms,
 * as much as the rest of the first answer's data layer (`npm run bench`). When it is on, it is
 * loaded beside the first request, not before it: the client is handed back at once and captured
 * when the Tracer is ready, so the first calls of a cold start may go untraced; Lambda's own init
 * and invocation segments show the cold start either way.
 */
let tracer: Promise<Tracer | undefined> | undefined;

export function traced<Client extends object>(client: Client): Client {
  if (!config().POWERTOOLS_TRACE_ENABLED) return client;
  tracer ??= import('@aws-lambda-powertools/tracer').then(
    ({ Tracer }) => new Tracer({ serviceName: 'bhr-portal' }),
    // Tracing is an aid: a Tracer that cannot load must never fail a request.
    () => undefined,
  );
  void tracer.then((loaded) => loaded?.captureAWSv3Client(client));
  return client;
}
