import { createHash, randomUUID } from 'node:crypto';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, postToS3 } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { newPerson } from '../support/people.ts';

// The stack runs its own upload check on every object in its bucket; this file drives the check
// step by step itself, so its objects live in a bucket of their own on the same local S3 (the
// stack's check of them finds nothing in its bucket and stands aside). Set before config() is read.
process.env.BUCKET_NAME = `upload-race-${randomUUID().slice(0, 8)}`;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** 2,000 bytes, as in the finding: a real PDF, and an executable of the same size. */
const checkedPdf = Buffer.concat([pdfBytes('race'), Buffer.alloc(2000)]).subarray(0, 2000);
const executable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(1998, 0x90)]);

describe('upload check: the exact object inspected, or nothing', () => {
  beforeAll(async () => {
    const { ensureBucket } = await import('#dev/provision.ts');
    await ensureBucket();
  });

  it('refuses to copy when the pending key was re-POSTed between inspection and copy', async () => {
    const { defaultDeps } = await import('#functions/wiring.ts');
    const { checkUpload } = await import('#functions/domain/documents.ts');
    const { files } = await import('#functions/data/files.ts');
    const deps = defaultDeps();

    const member = await newPerson();
    const created = await api('/api/documents', {
      method: 'POST',
      cookie: member.cookie,
      body: { title: 'Race', language: 'en', fileName: 'race.pdf', contentType: 'application/pdf', size: 2000 },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.document.id;
    const key = created.body.upload.fields.key as string;
    // The same presigned form, for this file's bucket, reused as the attacker reuses it.
    const form = await files.presignUpload({ key, contentType: 'application/pdf', size: 2000, expiresSeconds: 300 });
    await postToS3(form, checkedPdf, 'race.pdf');

    const reposting = {
      ...files,
      async inspect(at: string) {
        const seen = await files.inspect(at);
        await postToS3(form, executable, 'race.pdf');
        return seen;
      },
    };
    const first = await checkUpload({ ...deps, files: reposting }, key);
    expect(first.status).not.toBe('available');
    expect((await deps.documents.get(id))?.status).toBe('pending');

    // The executable's own check (S3 reports every object) then decides on its own bytes.
    const second = await checkUpload(deps, key);
    expect(second).toMatchObject({ status: 'rejected' });
    const { document, versions } = await deps.documents.getWithVersions(id);
    expect(document?.status).toBe('rejected');
    expect(versions[0]?.status).toBe('rejected');
  });

  it('copies the inspected bytes when nobody interferes, and the stored file is what was checked', async () => {
    const { defaultDeps } = await import('#functions/wiring.ts');
    const { checkUpload } = await import('#functions/domain/documents.ts');
    const { files } = await import('#functions/data/files.ts');
    const { s3 } = await import('#functions/data/clients.ts');
    const deps = defaultDeps();
    const member = await newPerson();
    const created = await api('/api/documents', {
      method: 'POST',
      cookie: member.cookie,
      body: { title: 'Calm', language: 'en', fileName: 'calm.pdf', contentType: 'application/pdf', size: 2000 },
    });
    const id: string = created.body.document.id;
    const key = created.body.upload.fields.key as string;
    const form = await files.presignUpload({ key, contentType: 'application/pdf', size: 2000, expiresSeconds: 300 });
    await postToS3(form, checkedPdf, 'calm.pdf');

    expect(await checkUpload(deps, key)).toEqual({ status: 'available', sha256: sha256(checkedPdf) });
    const { versions } = await deps.documents.getWithVersions(id);
    const stored = await (await s3()).send(
      new GetObjectCommand({ Bucket: process.env.BUCKET_NAME, Key: versions[0]?.objectKey }),
    );
    const bytes = Buffer.from(
      await (stored.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
    );
    expect(sha256(bytes)).toBe(versions[0]?.sha256);
  });
});
