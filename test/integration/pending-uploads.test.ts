import { describe, expect, it } from 'vitest';
import { pdfBytes, share } from '../support/documents.ts';
import { allItems, api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';

describe('uploads awaiting a decision', () => {
  it('lists a version until the upload check has decided on it, for the secretariat', async () => {
    const uploader = await newPerson();
    const fileName = `Gözləyən-${Date.now()}.pdf`;
    const created = await api('/api/documents', {
      method: 'POST',
      cookie: uploader.cookie,
      body: { title: 'Gözləyən hesabat', language: 'az', fileName, contentType: 'application/pdf', size: 1200 },
    });
    expect(created.status).toBe(201);
    const id: string = created.body.document.id;

    // Nothing has been sent yet: the check has not decided, so the version waits.
    const waiting = (await allItems('/api/uploads/pending?limit=100', await secretariat())).filter(
      (upload) => upload.documentId === id,
    );
    expect(waiting).toEqual([expect.objectContaining({ documentId: id, number: 1, fileName, size: 1200 })]);
    expect(waiting[0].uploaderName).toContain('Test member');

    // A file that passed the check is decided: it is no longer listed.
    const checked = await share(uploader.cookie, pdfBytes());
    const listed = await allItems('/api/uploads/pending?limit=100', await secretariat());
    expect(listed.some((upload) => upload.documentId === checked.id)).toBe(false);
    expect(listed.some((upload) => upload.documentId === id)).toBe(true);
  });
});
