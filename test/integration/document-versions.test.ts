import { describe, expect, it } from 'vitest';
import { auditEventsOn } from '../support/audit.ts';
import { download, pdfBytes, postToS3, settled, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';

/** Uploads a new version of `id` and waits for its check. */
async function newVersion(
  id: string,
  cookie: string,
  bytes: Buffer,
  number: number,
  extra: Record<string, unknown> = {},
) {
  const created = await api(`/api/documents/${id}/versions`, {
    method: 'POST',
    cookie,
    body: { fileName: `Hesabat-v${number}.pdf`, contentType: 'application/pdf', size: bytes.length, ...extra },
  });
  if (created.status !== 201)
    throw new Error(`new version answered ${created.status}: ${JSON.stringify(created.body)}`);
  await postToS3(created.body.upload, bytes, `Hesabat-v${number}.pdf`);
  return settled(id, cookie, number);
}

async function makePublic(id: string, body: Record<string, unknown> = {}) {
  const cookie = await secretariat();
  const current = await api(`/api/documents/${id}`, { cookie });
  return api(`/api/documents/${id}`, {
    method: 'PATCH',
    cookie,
    headers: { 'If-Match': current.headers.get('etag') ?? '' },
    body: { visibility: 'public', ...body },
  });
}

describe('visibility per version', () => {
  it('publishes the current version only: a file uploaded while members-only stays members-only', async () => {
    const member = await newPerson();
    const mistaken = pdfBytes('uploaded by mistake');
    const { id } = await share(member.cookie, mistaken);
    const corrected = pdfBytes('the corrected report');
    await newVersion(id, member.cookie, corrected, 2);

    const published = await makePublic(id);
    expect(published.status).toBe(200);

    const anonymous = await api(`/api/documents/${id}`);
    expect(anonymous.status).toBe(200);
    expect(
      anonymous.body.versions.map((v: { number: number; visibility: string }) => [v.number, v.visibility]),
    ).toEqual([[2, 'public']]);
    const current = await download(id);
    expect(current.status).toBe(303);
    expect(current.bytes).toEqual(corrected);
    const earlier = await download(id, undefined, 1);
    expect(earlier.status).toBe(404);
    expect(earlier.body.code).toBe('not-found');
    // Members still have every version.
    expect((await download(id, member.cookie, 1)).bytes).toEqual(mistaken);
  });

  it('publishes exactly the versions the secretariat names, and audits the change', async () => {
    const member = await newPerson();
    const { id } = await share(member.cookie, pdfBytes('first'));
    await newVersion(id, member.cookie, pdfBytes('second'), 2);
    const published = await makePublic(id, { publicVersions: [1, 2] });
    expect(published.status).toBe(200);
    expect((await download(id, undefined, 1)).status).toBe(303);
    expect((await download(id, undefined, 2)).status).toBe(303);

    const narrowedAt = new Date().toISOString();
    const narrowed = await makePublic(id, { publicVersions: [2] });
    expect(narrowed.status).toBe(200);
    const [event] = await auditEventsOn(id, narrowedAt);
    expect(event?.changes?.publicVersions).toEqual({ from: [1, 2], to: [2] });
    expect((await download(id, undefined, 1)).status).toBe(404);
    expect((await download(id, undefined, 2)).status).toBe(303);

    const unknown = await makePublic(id, { publicVersions: [7] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'publicVersions', code: 'unknown-version' });
  });

  it('lets only the secretariat choose public versions', async () => {
    const member = await newPerson();
    const { id } = await share(member.cookie, pdfBytes('own'));
    const current = await api(`/api/documents/${id}`, { cookie: member.cookie });
    const answer = await api(`/api/documents/${id}`, {
      method: 'PATCH',
      cookie: member.cookie,
      headers: { 'If-Match': current.headers.get('etag') ?? '' },
      body: { publicVersions: [1] },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('the kind of a new version', () => {
  it('refuses a plain-text file as a new version of a PDF unless the uploader confirms the change', async () => {
    const member = await newPerson();
    const { id } = await share(member.cookie, pdfBytes('presentation'));
    const text = Buffer.from('Qeydlər\n');
    const refused = await api(`/api/documents/${id}/versions`, {
      method: 'POST',
      cookie: member.cookie,
      body: { fileName: 'qeydler.txt', contentType: 'text/plain', size: text.length },
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.body.code).toBe('kind-change-unconfirmed');
    expect(refused.body.errors[0].field).toBe('contentType');
    expect((await api(`/api/documents/${id}`, { cookie: member.cookie })).body.versions).toHaveLength(1);

    const confirmed = await api(`/api/documents/${id}/versions`, {
      method: 'POST',
      cookie: member.cookie,
      body: { fileName: 'qeydler.txt', contentType: 'text/plain', size: text.length, confirmKindChange: true },
    });
    expect(confirmed.status).toBe(201);
  });
});
