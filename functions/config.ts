// zod's tree-shakable build: the configuration is read on every cold start, before any route
// (and the full zod the routes use) is loaded.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

const optionalUrl = z.optional(z.url());

/** The one AWS region of the portal: the stacks (infra/stages.ts), the functions and the local stack. */
export const portalRegion = 'eu-central-1';

/** The header CloudFront adds to every request it forwards to the API (ARCHITECTURE.md, "One way in"). */
export const originHeaderName = 'x-origin-verify';

const configSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  /** The portal's own origin: links in emails, the CSRF origin check, cookie security. */
  PORTAL_ORIGIN: z.url(),
  MAIL_FROM: z.email(),
  /** The SES configuration set whose events report bounces and complaints (unset locally). */
  MAIL_CONFIGURATION_SET: z.optional(z.string().check(z.minLength(1))),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), portalRegion),
  /** Endpoints are set only where the services are not AWS's own (the local stack). */
  DYNAMODB_ENDPOINT: optionalUrl,
  S3_ENDPOINT: optionalUrl,
  SES_ENDPOINT: optionalUrl,
  /** S3-compatible servers addressed by IP need path-style URLs (bucket in the path). */
  S3_FORCE_PATH_STYLE: z._default(z.stringbool(), false),
  /** The mail worker's pace (ARCHITECTURE.md, "Mail outbox"): starts per second (0: unpaced), lanes, backoff, sends a pass. */
  MAIL_SEND_RATE: z._default(z.coerce.number().check(z.minimum(0)), 12),
  MAIL_SEND_LANES: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 4),
  MAIL_BACKOFF_MS: z._default(z.coerce.number().check(z.minimum(1)), 1000),
  MAIL_SENDS_PER_PASS: z._default(z.coerce.number().check(z.int(), z.minimum(1)), 500),
  /**
   * The values of the origin header the API accepts, comma-separated: the current one and,
   * while a rotation propagates through CloudFront, the previous one. Only the API reads it.
   */
  ORIGIN_SECRETS: z.optional(z.string().check(z.minLength(1))),
  /**
   * The CloudFront distribution that caches the public answers, whose copies the API invalidates
   * when it changes them (ARCHITECTURE.md, "Public reads from the edge"); unset where nothing caches.
   */
  EDGE_DISTRIBUTION_ID: z.optional(z.string().check(z.minLength(1))),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error', 'silent']), 'info'),
  /**
   * Powertools Tracer's own switch: whether the SDK clients' calls are traced (ARCHITECTURE.md,
   * "Production", tracing). Off unless set: loading the Tracer costs a cold start ≈ 30 ms.
   */
  POWERTOOLS_TRACE_ENABLED: z._default(z.stringbool(), false),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

/** Reads and validates the environment once; throws naming every missing or malformed variable. */
export function config(): Config {
  if (cached) return cached;
  const parsed = configSchema.safeParse(process.env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration: ${fields.join('; ')}`);
  }
  cached = parsed.data;
  return cached;
}

/** The origin-header values the API accepts (ORIGIN_SECRETS); only the API function needs them. */
export function acceptedOriginSecrets(): string[] {
  const listed = config().ORIGIN_SECRETS;
  if (listed === undefined) throw new Error('Invalid configuration: ORIGIN_SECRETS: missing');
  return listed
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
}
