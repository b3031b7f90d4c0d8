/**
 * Every key of the documents bucket, spelled once, with no SDK import: the domain and the CDK
 * stack read them too (ARCHITECTURE.md, "The documents bucket"). Uploads land under `pending/`
 * and move to `documents/` once checked, so anything left under `pending/` is by definition
 * unchecked, and the grants and lifecycle rules are scoped by these prefixes.
 */
export const objectPrefixes = { pending: 'pending/', stored: 'documents/' } as const;

export const pendingKey = (documentId: string, version: number, token: string) =>
  `${objectPrefixes.pending}${documentId}/v${version}/${token}`;

export const storedKey = (documentId: string, version: number) => `${objectPrefixes.stored}${documentId}/v${version}`;

const pendingKeyPattern = /^pending\/([\w-]{8,64})\/v(\d{1,6})\/[\w-]+$/;

/** Reads the document id and version back from a pending key; anything else is not ours. */
export function parsePendingKey(key: string): { documentId: string; version: number } | undefined {
  const match = pendingKeyPattern.exec(key);
  return match ? { documentId: match[1] as string, version: Number(match[2]) } : undefined;
}
