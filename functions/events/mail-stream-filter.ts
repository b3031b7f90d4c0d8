/**
 * Which records of the table's stream the mail worker takes: outbox messages written or touched
 * while they still have work (ARCHITECTURE.md, "Mail outbox"). The same pattern is the Lambda
 * event source's filter in AWS (infra/constructs/mail-worker.ts) and the dev relay's locally
 * (dev/stream-relay.ts), so both hand the worker the same records.
 */
export const mailStreamFilter = {
  eventName: ['INSERT', 'MODIFY'],
  dynamodb: {
    NewImage: {
      type: { S: ['outbox-message'] },
      state: { S: ['queued', 'sending'] },
    },
  },
} as const;

type Pattern = { readonly [key: string]: Pattern | readonly string[] };

/** Whether a stream record matches an EventBridge-style pattern of exact values (all this filter uses). */
export function matchesPattern(record: unknown, pattern: Pattern = mailStreamFilter): boolean {
  if (typeof record !== 'object' || record === null) return false;
  return Object.entries(pattern).every(([key, wanted]) => {
    const value = (record as Record<string, unknown>)[key];
    if (Array.isArray(wanted)) return typeof value === 'string' && wanted.includes(value);
    return matchesPattern(value, wanted as Pattern);
  });
}
