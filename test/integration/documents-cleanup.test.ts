import { describe, expect, it } from 'vitest';
import { cleanUpAbandonedUploads, createDocument } from '#functions/domain/documents.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { api } from '../support/http.ts';
import { newPerson } from '../support/people.ts';

describe('abandoned uploads', () => {
  it('rejects a document whose file never arrived within a day, and leaves a younger one waiting', async () => {
    const person = await newPerson();
    const member = (await api('/api/me', { cookie: person.cookie })).body;
    const dayAndHourAgo = new Date(Date.now() - 25 * 3600 * 1000);
    const deps = { ...defaultDeps(), now: () => dayAndHourAgo };
    const { document } = await createDocument(deps, member, {
      title: 'Heç vaxt gəlməyən fayl',
      description: '',
      language: 'az',
      visibility: 'members',
      fileName: 'never.pdf',
      contentType: 'application/pdf',
      size: 1000,
    });
    const fresh = await createDocument(defaultDeps(), member, {
      title: 'Yeni yüklənən fayl',
      description: '',
      language: 'az',
      visibility: 'members',
      fileName: 'soon.pdf',
      contentType: 'application/pdf',
      size: 1000,
    });

    // Other files write documents on the same stack meanwhile: the run looks at this test's own.
    const mine = { documentIds: [document.id, fresh.document.id] };
    const run = await cleanUpAbandonedUploads(defaultDeps(), mine);
    expect(run).toEqual({ cleaned: 1, skipped: 0, failed: 0, failures: [] });
    const old = await api(`/api/documents/${document.id}`, { cookie: person.cookie });
    expect(old.body.status).toBe('rejected');
    expect(old.body.versions[0]).toMatchObject({
      status: 'rejected',
      rejectedReason: expect.stringMatching(/within a day/),
    });
    const young = await api(`/api/documents/${fresh.document.id}`, { cookie: person.cookie });
    expect(young.body.status).toBe('pending');
    // Nothing is left to clean a second time.
    const again = await cleanUpAbandonedUploads(defaultDeps(), mine);
    expect(again).toEqual({ cleaned: 0, skipped: 0, failed: 0, failures: [] });
    const stillOld = await api(`/api/documents/${document.id}`, { cookie: person.cookie });
    expect(stillOld.body.version).toBe(old.body.version);
  });
});
