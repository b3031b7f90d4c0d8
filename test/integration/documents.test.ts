import { randomBytes } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3 } from '#functions/data/clients.ts';
import { download, pdfBytes, postToS3, settled, share } from '../support/documents.ts';
import { allItems, api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

async function objectsUnder(prefix: string): Promise<string[]> {
  const client = await s3();
  const listed = await client.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET_NAME, Prefix: prefix }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '');
}

const sha256 = async (bytes: Buffer) => (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');

describe('documents: direct uploads, checks, versions and downloads', () => {
  it('uploads a PDF straight to S3, checks it, and downloads it back byte-identical under its UTF-8 name', async () => {
    const member = await newPerson();
    const bytes = pdfBytes('Əmək hüquqları');
    const { id, document } = await share(member.cookie, bytes, { fileName: 'Hesabat_Ə.pdf' });
    expect(document).toMatchObject({
      status: 'available',
      currentVersion: 1,
      size: bytes.length,
      sha256: await sha256(bytes),
    });
    const got = await download(id, member.cookie);
    expect(got.fileStatus).toBe(200);
    expect(got.bytes?.equals(bytes)).toBe(true);
    expect(got.disposition).toContain('attachment');
    expect(got.disposition).toContain("filename*=UTF-8''Hesabat_%C6%8F.pdf");
    expect(await objectsUnder(`pending/${id}/`)).toEqual([]);
    expect(await objectsUnder(`documents/${id}/`)).toEqual([`documents/${id}/v1`]);
  });

  it('carries a 30 MB file through the same path', async () => {
    const member = await newPerson();
    const bytes = Buffer.concat([pdfBytes(), randomBytes(30 * 1024 * 1024)]);
    const { id, document } = await share(member.cookie, bytes, { fileName: 'Böyük hesabat.pdf' });
    expect(document.status).toBe('available');
    expect(document.sha256).toBe(await sha256(bytes));
    const got = await download(id, member.cookie);
    expect(got.bytes?.length).toBe(bytes.length);
    expect(got.bytes?.equals(bytes)).toBe(true);
  });

  it('rejects and removes an executable named .pdf', async () => {
    const member = await newPerson();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), randomBytes(2048)]);
    const { id, document } = await share(member.cookie, exe, { fileName: 'report.pdf' });
    expect(document.status).toBe('rejected');
    expect(document.versions[0]).toMatchObject({
      status: 'rejected',
      rejectedReason: expect.stringMatching(/not application\/pdf/),
    });
    expect(await objectsUnder(`pending/${id}/`)).toEqual([]);
    expect(await objectsUnder(`documents/${id}/`)).toEqual([]);
    expect((await download(id, member.cookie)).status).toBe(404);
  });

  it('rejects a file whose size differs from the declared one', async () => {
    const member = await newPerson();
    const bytes = pdfBytes();
    const created = await api('/api/documents', {
      method: 'POST',
      cookie: member.cookie,
      body: {
        title: 'Yanlış ölçü',
        language: 'az',
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        size: bytes.length + 10,
      },
    });
    await postToS3(created.body.upload, bytes, 'a.pdf');
    const document = await settled(created.body.document.id, member.cookie);
    expect(document.status).toBe('rejected');
    expect(document.versions[0].rejectedReason).toMatch(/not the .* declared/);
    expect(await objectsUnder(`pending/${created.body.document.id}/`)).toEqual([]);
  });

  it('keeps earlier versions listed and downloadable', async () => {
    const member = await newPerson();
    const first = pdfBytes('v1');
    const { id } = await share(member.cookie, first);
    const second = pdfBytes('v2 — yenilənmiş');
    const added = await api(`/api/documents/${id}/versions`, {
      method: 'POST',
      cookie: member.cookie,
      body: { fileName: 'Hesabat-2.pdf', contentType: 'application/pdf', size: second.length },
    });
    expect(added.status).toBe(201);
    await postToS3(added.body.upload, second, 'Hesabat-2.pdf');
    const document = await settled(id, member.cookie, 2);
    expect(document.currentVersion).toBe(2);
    expect(document.fileName).toBe('Hesabat-2.pdf');
    expect(document.versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, 'available'],
      [2, 'available'],
    ]);
    expect((await download(id, member.cookie, 1)).bytes?.equals(first)).toBe(true);
    expect((await download(id, member.cookie)).bytes?.equals(second)).toBe(true);
  });

  it('keeps members’ documents from anonymous visitors and other members’ hands', async () => {
    const owner = await newPerson();
    const other = await newPerson();
    const { id, document } = await share(owner.cookie, pdfBytes());
    expect((await api(`/api/documents/${id}`)).status).toBe(404);
    expect((await download(id)).status).toBe(404);
    expect((await api(`/api/documents/${id}`, { cookie: other.cookie })).status).toBe(200);
    const edit = await api(`/api/documents/${id}`, {
      method: 'PATCH',
      cookie: other.cookie,
      headers: { 'If-Match': `"${document.version}"` },
      body: { title: 'Başqasının adı' },
    });
    expect(edit.status).toBe(403);
    expect((await api(`/api/documents/${id}`, { method: 'DELETE', cookie: other.cookie })).status).toBe(403);
    const version = await api(`/api/documents/${id}/versions`, {
      method: 'POST',
      cookie: other.cookie,
      body: { fileName: 'x.pdf', contentType: 'application/pdf', size: 10 },
    });
    expect(version.status).toBe(403);
    const publish = await api(`/api/documents/${id}`, {
      method: 'PATCH',
      cookie: owner.cookie,
      headers: { 'If-Match': `"${document.version}"` },
      body: { visibility: 'public' },
    });
    expect(publish.status).toBe(403);
    expect(publish.body.code).toBe('public-needs-secretariat');
    const made = await api(`/api/documents/${id}`, {
      method: 'PATCH',
      cookie: await secretariat(),
      headers: { 'If-Match': `"${document.version}"` },
      body: { visibility: 'public' },
    });
    expect(made.status).toBe(200);
    expect((await download(id)).fileStatus).toBe(200);
  });

  it('lets the owner withdraw a document, after which nobody downloads it', async () => {
    const owner = await newPerson();
    const { id } = await share(owner.cookie, pdfBytes());
    expect((await api(`/api/documents/${id}`, { method: 'DELETE', cookie: owner.cookie })).status).toBe(204);
    expect((await download(id, owner.cookie)).status).toBe(404);
    expect((await api(`/api/documents/${id}`, { cookie: owner.cookie })).status).toBe(404);
    const mine = await api('/api/documents?mine=true&limit=100', { cookie: owner.cookie });
    expect(mine.body.items.map((d: { id: string }) => d.id)).not.toContain(id);
  });

  it('lists by session, by theme and mine, newest first', async () => {
    const owner = await newPerson();
    const session = await scheduledSession();
    const a = await share(owner.cookie, pdfBytes('a'), { session: session.id, theme: 'entrepreneurs-interests' });
    const b = await share(owner.cookie, pdfBytes('b'), { session: session.id });
    const bySession = await api(`/api/documents?session=${session.id}`, { cookie: owner.cookie });
    expect(bySession.body.items.map((d: { id: string }) => d.id)).toEqual([b.id, a.id]);
    const byTheme = await allItems('/api/documents?theme=entrepreneurs-interests&limit=100', owner.cookie);
    expect(byTheme.map((d: { id: string }) => d.id)).toContain(a.id);
    const mine = await api('/api/documents?mine=true&limit=2', { cookie: owner.cookie });
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([b.id, a.id]);
    expect((await api('/api/documents?mine=true')).status).toBe(401);
    const anonymous = await api(`/api/documents?session=${session.id}`);
    expect(anonymous.body.items).toEqual([]);
  });

  it.each([
    ['an unknown content type', { contentType: 'application/x-msdownload', fileName: 'a.exe' }, 400, 'contentType'],
    ['an empty file', { size: 0 }, 400, 'size'],
    ['a file over 100 MB', { size: 100 * 1024 * 1024 + 1 }, 400, 'size'],
    ['a path for a file name', { fileName: '../../etc/passwd.pdf' }, 400, 'fileName'],
    ['a control character in the name', { fileName: 'a\u0000b.pdf' }, 400, 'fileName'],
    ['a name whose extension lies', { fileName: 'a.docx' }, 400, 'fileName'],
    ['public visibility by a member', { visibility: 'public' }, 403, undefined],
  ])('refuses %s, leaving no record and no object behind', async (_label, change, status, field) => {
    const member = await newPerson();
    const answer = await api('/api/documents', {
      method: 'POST',
      cookie: member.cookie,
      body: {
        title: 'Pis giriş',
        language: 'az',
        fileName: 'a.pdf',
        contentType: 'application/pdf',
        size: 100,
        ...change,
      },
    });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    if (field) expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const mine = await api('/api/documents?mine=true', { cookie: member.cookie });
    expect(mine.body.items).toEqual([]);
  });
});
