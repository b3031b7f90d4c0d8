import { describe, expect, it } from 'vitest';
import { contentDisposition, files, uploadConditions } from '#functions/data/files.ts';
import { parsePendingKey, pendingKey } from '#functions/data/object-keys.ts';
import { bytesMatchType } from '#functions/domain/file-types.ts';
import { createDocumentSchema } from '#shared/schemas/document-changes.ts';

describe('the presigned upload policy', () => {
  // s3rver does not enforce POST policies, so the policy itself is checked here.
  it('pins the key, the content type and the exact declared length, and expires', async () => {
    const key = pendingKey('doc-12345678', 1, 'token');
    const { url, fields } = await files.presignUpload({
      key,
      contentType: 'application/pdf',
      size: 1234,
      expiresSeconds: 900,
    });
    expect(url).toContain('portal-unit-documents');
    expect(fields.key).toBe(key);
    expect(fields['Content-Type']).toBe('application/pdf');
    const policy = JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: 'portal-unit-documents' },
        ['eq', '$key', key],
        ['eq', '$Content-Type', 'application/pdf'],
        ['content-length-range', 1234, 1234],
      ]),
    );
    const expiresIn = (Date.parse(policy.expiration) - Date.now()) / 1000;
    expect(expiresIn).toBeGreaterThan(880);
    expect(expiresIn).toBeLessThanOrEqual(900);
    expect(uploadConditions({ key, contentType: 'image/png', size: 5, expiresSeconds: 1 })).toContainEqual([
      'content-length-range',
      5,
      5,
    ]);
  });

  it('reads back only keys it made', () => {
    expect(parsePendingKey(pendingKey('doc-12345678', 3, 'abc_DEF-1'))).toEqual({
      documentId: 'doc-12345678',
      version: 3,
    });
    for (const key of ['documents/doc-12345678/v1', 'pending/../x/v1/a', 'pending/doc-12345678/v1/a/b']) {
      expect(parsePendingKey(key)).toBeUndefined();
    }
  });
});

describe('file type checks by content', () => {
  const zipHead = (mimetype?: string) =>
    Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from(mimetype ? `mimetype${mimetype}` : '[Content_Types].xml'),
    ]);

  it.each([
    ['application/pdf', Buffer.from('%PDF-1.7\n'), true],
    ['application/pdf', Buffer.from('MZ\x90\x00'), false],
    // A polyglot: an executable's header with the PDF signature further in.
    ['application/pdf', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(60), Buffer.from('%PDF-1.7\n')]), false],
    ['application/pdf', Buffer.from('\n%PDF-1.7\n'), false],
    ['application/pdf', Buffer.from('%PDF'), false],
    [
      'image/png',
      Buffer.concat([Buffer.from('MZ'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]),
      false,
    ],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), true],
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]), true],
    ['image/jpeg', Buffer.from('%PDF-'), false],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', zipHead(), true],
    ['application/vnd.oasis.opendocument.text', zipHead('application/vnd.oasis.opendocument.text'), true],
    ['application/vnd.oasis.opendocument.text', zipHead(), false],
    ['application/msword', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), true],
    ['text/csv', Buffer.from('ad,soyad\nƏli,Həsənov\n'), true],
    ['text/plain', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), false],
  ] as const)('%s: %s → %s', (type, head, expected) => {
    expect(bytesMatchType(head, type)).toBe(expected);
  });
});

describe('document input', () => {
  it('keeps UTF-8 file names and refuses paths', () => {
    const base = { title: 'Hesabat', language: 'az', contentType: 'application/pdf', size: 10 };
    expect(createDocumentSchema.safeParse({ ...base, fileName: 'Hesabat_Ə.pdf' }).success).toBe(true);
    expect(createDocumentSchema.safeParse({ ...base, fileName: 'a/b.pdf' }).success).toBe(false);
    expect(createDocumentSchema.safeParse({ ...base, fileName: 'a\\b.pdf' }).success).toBe(false);
  });

  it('names the download after the original file, in UTF-8 with an ASCII fallback', () => {
    expect(contentDisposition('Hesabat_Ə.pdf')).toBe(
      `attachment; filename="Hesabat__.pdf"; filename*=UTF-8''Hesabat_%C6%8F.pdf`,
    );
    expect(contentDisposition('a "quoted" name.pdf')).toContain('filename="a _quoted_ name.pdf"');
  });
});
