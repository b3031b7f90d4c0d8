/**
 * The security headers the edge adds to every API answer (ARCHITECTURE.md, "Edge headers"), and
 * the same values on the pages.
 * CloudFront adds them in AWS (infra/constructs/web.ts turns this list into the API's response
 * headers policy) and the local server adds the same (dev/server.ts), so the function sets none
 * of them on each request. `override: false` keeps a value the route chose: an answer reached
 * through a link holding a token says `Referrer-Policy: no-referrer` itself.
 */
export interface EdgeHeader {
  name: string;
  value: string;
  override: boolean;
}

export const hstsMaxAgeSeconds = 730 * 24 * 60 * 60;

const strictTransportSecurity: EdgeHeader = {
  name: 'Strict-Transport-Security',
  value: `max-age=${hstsMaxAgeSeconds}; includeSubDomains`,
  override: true,
};
const contentTypeOptions: EdgeHeader = { name: 'X-Content-Type-Options', value: 'nosniff', override: true };
const frameOptions: EdgeHeader = { name: 'X-Frame-Options', value: 'DENY', override: true };
const referrerPolicy: EdgeHeader = {
  name: 'Referrer-Policy',
  value: 'strict-origin-when-cross-origin',
  override: true,
};

/** The pages' headers, besides their content security policy (infra/constructs/web.ts). */
export const pageEdgeHeaders: readonly EdgeHeader[] = [
  strictTransportSecurity,
  contentTypeOptions,
  frameOptions,
  referrerPolicy,
];

export const apiEdgeHeaders: readonly EdgeHeader[] = [
  strictTransportSecurity,
  contentTypeOptions,
  frameOptions,
  { ...referrerPolicy, override: false },
  { name: 'Cross-Origin-Resource-Policy', value: 'same-origin', override: true },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
];

/** Adds the edge's headers to an API answer, as CloudFront's response headers policy does. */
export function withEdgeHeaders(answer: Response): Response {
  // A copy with its headers spelled out: the local server's Response (@hono/node-server) copied
  // from another keeps only the headers that one was made with.
  const merged = new Headers(answer.headers);
  for (const { name, value, override } of apiEdgeHeaders) {
    if (override || !merged.has(name)) merged.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: merged });
}
