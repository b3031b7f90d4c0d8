import { api } from './http.ts';

export const pdfBytes = (body = 'Hesabat') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

export interface Shared {
  id: string;
  status: string;
  body: Record<string, unknown>;
}

/** Uploads bytes with a presigned POST exactly as the browser does (multipart form, file last). */
export async function postToS3(
  upload: { url: string; fields: Record<string, string> },
  bytes: Buffer,
  fileName: string,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const answer = await fetch(upload.url, { method: 'POST', body: form });
  if (answer.status >= 300) throw new Error(`S3 answered ${answer.status}: ${await answer.text()}`);
}

/** Waits until the upload check has decided, and answers the document as its uploader sees it. */
export async function settled(id: string, cookie: string, versionNumber = 1): Promise<Record<string, any>> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const doc = await api(`/api/documents/${id}`, { cookie });
    const version = doc.body.versions?.find((v: { number: number }) => v.number === versionNumber);
    if (version && version.status !== 'pending') return doc.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`upload of ${id} v${versionNumber} was never checked`);
}

export async function share(
  cookie: string,
  bytes: Buffer,
  meta: Record<string, unknown> = {},
): Promise<{ id: string; document: Record<string, any> }> {
  const fileName = (meta.fileName as string) ?? 'Hesabat.pdf';
  const created = await api('/api/documents', {
    method: 'POST',
    cookie,
    body: {
      title: 'Biznes və insan hüquqları: illik hesabat',
      language: 'az',
      fileName,
      contentType: 'application/pdf',
      size: bytes.length,
      ...meta,
    },
  });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${JSON.stringify(created.body)}`);
  await postToS3(created.body.upload, bytes, fileName);
  return { id: created.body.document.id, document: await settled(created.body.document.id, cookie) };
}

/** Follows the download redirect and fetches the file from S3. */
export async function download(id: string, cookie?: string, version?: number) {
  const redirect = await api(`/api/documents/${id}/download${version ? `?version=${version}` : ''}`, { cookie });
  if (redirect.status !== 303) return { status: redirect.status, body: redirect.body };
  const location = redirect.headers.get('location') ?? '';
  const file = await fetch(location);
  return {
    status: 303,
    location,
    fileStatus: file.status,
    disposition: file.headers.get('content-disposition'),
    bytes: Buffer.from(await file.arrayBuffer()),
  };
}
