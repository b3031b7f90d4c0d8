import { describe, expect, it } from 'vitest';
import { cleanUpAbandonedUploads, createDocument } from '#functions/domain/documents.ts';
import { handler as cleanupHandler } from '#functions/events/cleanup.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { api } from '../support/http.ts';
import { newPerson } from '../support/people.ts';

describe('abandoned uploads', () => {
  it('rejects a document whose file never arrived within a day, through the scheduled handler', async () => {
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

    const result = await cleanupHandler({}, {} as never);
    expect(result.cleaned).toBeGreaterThanOrEqual(1);
    const old = await api(`/api/documents/${document.id}`, { cookie: person.cookie });
    expect(old.body.status).toBe('rejected');
    expect(old.body.versions[0]).toMatchObject({
      status: 'rejected',
      rejectedReason: expect.stringMatching(/within a day/),
    });
    const young = await api(`/api/documents/${fresh.document.id}`, { cookie: person.cookie });
    expect(young.body.status).toBe('pending');
    // Nothing is left to clean a second time.
    const again = await cleanUpAbandonedUploads(defaultDeps());
    const stillOld = await api(`/api/documents/${document.id}`, { cookie: person.cookie });
    expect(stillOld.body.version).toBe(old.body.version);
    expect(again).toBeGreaterThanOrEqual(0);
  });
});
