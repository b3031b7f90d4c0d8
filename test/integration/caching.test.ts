import { describe, expect, it } from 'vitest';
import { share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { createSession } from '../support/sessions.ts';

const varies = (headers: Headers) =>
  (headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .includes('cookie');

describe('caching: what depends on the caller is never kept, what is public stays cacheable', () => {
  it('answers every signed-in read with private, no-store and Vary: Cookie', async () => {
    const member = await newPerson();
    const { id: documentId } = await share(member.cookie, Buffer.from('%PDF-1.4\n%%EOF\n'));
    const session = await createSession();
    const asMember = [
      '/api/me',
      '/api/members',
      '/api/documents?mine=true',
      `/api/documents/${documentId}`,
      '/api/sessions',
      '/api/outcomes',
      '/api/themes',
    ];
    const asSecretariat = [
      '/api/audit',
      '/api/sessions?status=draft',
      `/api/sessions/${session.id}`,
      `/api/members/${member.id}`,
    ];
    for (const [paths, cookie] of [
      [asMember, member.cookie],
      [asSecretariat, await secretariat()],
    ] as const) {
      for (const path of paths) {
        const answer = await api(path, { cookie });
        expect(answer.status, path).toBe(200);
        expect(answer.headers.get('cache-control'), path).toBe('private, no-store');
        expect(varies(answer.headers), path).toBe(true);
      }
    }
  });

  it('keeps public caching for strangers, and says those lists vary by cookie', async () => {
    for (const path of ['/api/themes', '/api/outcomes']) {
      const answer = await api(path);
      expect(answer.headers.get('cache-control'), path).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
      expect(varies(answer.headers), path).toBe(true);
    }
    const sessions = await api('/api/sessions');
    expect(varies(sessions.headers)).toBe(true);
    expect(sessions.headers.get('cache-control') ?? '').not.toContain('public');
  });

  it('serves the API reference with a policy that allows only its own inline script and style', async () => {
    const { createHash } = await import('node:crypto');
    const answer = await api('/api/docs');
    const policy = answer.headers.get('content-security-policy') ?? '';
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(answer.body)?.[1] ?? '';
    expect(script.length).toBeGreaterThan(100);
    expect(policy).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });
});
