import type { DocumentDetail } from './documents-api.ts';

type Version = DocumentDetail['versions'][number];

/** The versions that may be made public: any not rejected, newest first. */
export function pickableVersions(doc: DocumentDetail): Version[] {
  return doc.versions.filter((version) => version.status !== 'rejected').sort((a, b) => b.number - a.number);
}

/**
 * What the picker starts with: for a public document, the versions public now; for one about to
 * be made public, the current version only (earlier versions may have been uploaded by mistake
 * while only members saw them; ARCHITECTURE.md, "Documents").
 */
export function initialPublicVersions(doc: DocumentDetail): number[] {
  const pickable = pickableVersions(doc);
  if (doc.visibility === 'public') {
    return pickable.filter((version) => version.visibility === 'public').map((version) => version.number);
  }
  const current = doc.currentVersion || Math.max(0, ...pickable.map((version) => version.number));
  return pickable.some((version) => version.number === current) ? [current] : [];
}

/**
 * `publicVersions` for the PATCH: always when the document becomes public (the choice is the
 * point of asking), on a public document only when the choice changed, else nothing.
 */
export function publicVersionsChange(
  doc: DocumentDetail,
  visibility: 'members' | 'public',
  chosen: readonly number[],
): number[] | undefined {
  if (visibility !== 'public') return undefined;
  const sorted = [...chosen].sort((a, b) => a - b);
  if (doc.visibility !== 'public') return sorted;
  const before = initialPublicVersions(doc).sort((a, b) => a - b);
  return before.join() === sorted.join() ? undefined : sorted;
}

export const publicVersionId = (prefix: string, number: number) => `${prefix}-public-version-${number}`;
