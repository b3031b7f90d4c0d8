import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../web/src/documents/documents-api.ts';
import {
  initialPublicVersions,
  pickableVersions,
  publicVersionsChange,
} from '../../web/src/documents/public-versions.ts';

type Version = DocumentDetail['versions'][number];

const version = (number: number, overrides: Partial<Version> = {}): Version => ({
  number,
  fileName: `report-v${number}.pdf`,
  contentType: 'application/pdf',
  size: 1000,
  sha256: null,
  status: 'available',
  rejectedReason: null,
  uploadedAt: `2026-11-0${number}T10:00:00Z`,
  uploaderName: 'Aysel Məmmədova',
  visibility: 'members',
  ...overrides,
});

const documentWith = (visibility: 'members' | 'public', versions: Version[], currentVersion = 3) =>
  ({ id: 'doc_1', visibility, currentVersion, versions }) as unknown as DocumentDetail;

describe('the versions a document makes public', () => {
  const members = documentWith('members', [version(1), version(2, { status: 'rejected' }), version(3)]);

  it('offers every version not rejected, newest first', () => {
    expect(pickableVersions(members).map((v) => v.number)).toEqual([3, 1]);
  });

  it('starts a members-only document with its current version only', () => {
    expect(initialPublicVersions(members)).toEqual([3]);
  });

  it('starts a public document with the versions public now', () => {
    const shared = documentWith('public', [version(1, { visibility: 'public' }), version(2), version(3)]);
    expect(initialPublicVersions(shared)).toEqual([1]);
  });

  it('sends the choice whenever the document becomes public, in order', () => {
    expect(publicVersionsChange(members, 'public', [3, 1])).toEqual([1, 3]);
    expect(publicVersionsChange(members, 'members', [3])).toBeUndefined();
  });

  it('sends the choice on a public document only when it changed', () => {
    const shared = documentWith('public', [version(1), version(3, { visibility: 'public' })]);
    expect(publicVersionsChange(shared, 'public', [3])).toBeUndefined();
    expect(publicVersionsChange(shared, 'public', [1, 3])).toEqual([1, 3]);
  });
});
