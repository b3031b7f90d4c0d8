import { describe, expect, it } from 'vitest';
import { azSortKey } from '#shared/text/collation.ts';
import { allItems, api } from '../support/http.ts';
import { emailsTo } from '../support/mailbox.ts';
import { newPerson, secretariat, signIn, uniqueEmail } from '../support/people.ts';

const invite = async (body: Record<string, unknown>) =>
  api('/api/members', { method: 'POST', cookie: await secretariat(), body });

const validInvite = () => ({
  name: 'Orxan Babayev',
  email: uniqueEmail('valid'),
  organisation: 'Bakı Biznes Assosiasiyası',
  organisationType: 'business',
});

describe('members and roles', () => {
  it('lets a member edit their own profile, with If-Match', async () => {
    const person = await newPerson();
    const edited = await api(`/api/members/${person.id}`, {
      method: 'PATCH',
      cookie: person.cookie,
      headers: { 'If-Match': `"${person.version}"` },
      body: { position: 'Baş məsləhətçi', language: 'en' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ position: 'Baş məsləhətçi', language: 'en', version: person.version + 1 });
    expect(edited.headers.get('etag')).toBe(`"${person.version + 1}"`);

    const stale = await api(`/api/members/${person.id}`, {
      method: 'PATCH',
      cookie: person.cookie,
      headers: { 'If-Match': `"${person.version}"` },
      body: { position: 'Overwritten' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('stale-version');
    const missing = await api(`/api/members/${person.id}`, {
      method: 'PATCH',
      cookie: person.cookie,
      body: { position: 'x' },
    });
    expect(missing.status).toBe(428);
    expect((await api('/api/me', { cookie: person.cookie })).body.position).toBe('Baş məsləhətçi');
  });

  it('never lets a member change their own role or status, nor another member’s profile', async () => {
    const person = await newPerson();
    const other = await newPerson();
    for (const body of [{ role: 'secretariat' }, { status: 'deactivated' }]) {
      const answer = await api(`/api/members/${person.id}`, {
        method: 'PATCH',
        cookie: person.cookie,
        headers: { 'If-Match': `"${person.version}"` },
        body,
      });
      expect(answer.status).toBe(403);
    }
    const foreign = await api(`/api/members/${other.id}`, {
      method: 'PATCH',
      cookie: person.cookie,
      headers: { 'If-Match': `"${other.version}"` },
      body: { name: 'Hijacked' },
    });
    expect(foreign.status).toBe(403);
    expect((await api('/api/me', { cookie: person.cookie })).body.role).toBe('member');
    expect((await api(`/api/members/${other.id}`, { cookie: person.cookie })).body.name).not.toBe('Hijacked');
  });

  it('cuts every login of a deactivated member, and reactivation does not bring them back', async () => {
    const person = await newPerson();
    const laptop = person.cookie;
    const phone = await signIn(person.email);
    for (const cookie of [laptop, phone]) expect((await api('/api/me', { cookie })).status).toBe(200);
    const setStatus = async (status: string) => {
      const current = await api(`/api/members/${person.id}`, { cookie: await secretariat() });
      const answer = await api(`/api/members/${person.id}`, {
        method: 'PATCH',
        cookie: await secretariat(),
        headers: { 'If-Match': `"${current.body.version}"` },
        body: { status },
      });
      expect(answer.status).toBe(200);
    };
    await setStatus('deactivated');
    for (const cookie of [laptop, phone]) expect((await api('/api/me', { cookie })).status).toBe(401);
    await setStatus('active');
    for (const cookie of [laptop, phone]) expect((await api('/api/me', { cookie })).status).toBe(401);
    // Signing in again after reactivation opens a new login that works.
    const fresh = await signIn(person.email);
    expect((await api('/api/me', { cookie: fresh })).body.id).toBe(person.id);
  });

  it('makes one member of two parallel invitations of the same email', async () => {
    const email = uniqueEmail('twice');
    const body = { ...validInvite(), email };
    const answers = await Promise.all([invite(body), invite({ ...body, email: email.toUpperCase() })]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('email-taken');
    const directory = await allItems(`/api/members?limit=100&q=${encodeURIComponent('Orxan')}`, await secretariat());
    expect(directory.filter((m: { email: string }) => m.email === email)).toHaveLength(1);
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['an unknown field', { isAdmin: true }, 'isAdmin'],
    ['a 10 kB name', { name: 'N'.repeat(10_000) }, 'name'],
    ['a name of the wrong type', { name: 42 }, 'name'],
    ['an unknown organisation type', { organisationType: 'cartel' }, 'organisationType'],
    ['a control character in a name', { name: 'Bad\u0007Name' }, 'name'],
  ])('refuses %s with 400 naming the field, and writes nothing', async (_label, change, field) => {
    const body = { ...validInvite(), ...change };
    const answer = await invite(body);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(answer.body.code).toBe('validation-failed');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    if (typeof body.email === 'string' && body.email.includes('@')) {
      expect(await emailsTo(body.email)).toHaveLength(0);
      const again = await invite({ ...validInvite(), email: body.email });
      expect(again.status).toBe(201);
    }
  });

  it('keeps at least one active secretariat', async () => {
    const cookie = await secretariat();
    const me = (await api('/api/me', { cookie })).body;
    const colleague = await newPerson('secretariat');
    // With two active secretariat members, one may step down; the last one may not.
    const demoted = await api(`/api/members/${colleague.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': `"${colleague.version}"` },
      body: { role: 'member' },
    });
    expect(demoted.status).toBe(200);
    const lastOne = await api(`/api/members/${me.id}`, {
      method: 'PATCH',
      cookie,
      headers: { 'If-Match': `"${me.version}"` },
      body: { status: 'deactivated' },
    });
    // No other test file keeps a second secretariat member active, so the demo one is the last.
    expect(lastOne.status).toBe(409);
    expect(lastOne.body.code).toBe('last-secretariat');
    expect((await api('/api/me', { cookie })).body.status).toBe('active');
  });

  it('shows the directory in Azerbaijani order, searchable without Azerbaijani letters', async () => {
    const cookie = await secretariat();
    const names = ['Şəhla Zeynalova', 'Cəmilə Səfərova', 'Çingiz Sadıqov', 'İlham Əsgərov', 'Ilqar Nəsirov'];
    const tag = `Qrup${Date.now()}`;
    for (const name of names) {
      const answer = await invite({ ...validInvite(), name, organisation: `${tag} İctimai Birliyi` });
      expect(answer.status).toBe(201);
    }
    // The directory is filtered a page at a time: the whole of it is read, as others add members meanwhile.
    const found = await allItems(
      `/api/members?limit=100&status=invited&q=${encodeURIComponent(`${tag} ictimai`)}`,
      cookie,
    );
    const listed = found.map((m: { name: string }) => m.name);
    expect(listed).toEqual([...names].sort((a, b) => (azSortKey(a) < azSortKey(b) ? -1 : 1)));
    expect(listed).toEqual(['Cəmilə Səfərova', 'Çingiz Sadıqov', 'Ilqar Nəsirov', 'İlham Əsgərov', 'Şəhla Zeynalova']);
    const folded = await allItems(`/api/members?limit=100&status=invited&q=${encodeURIComponent('sehla')}`, cookie);
    expect(folded.map((m: { name: string }) => m.name)).toContain('Şəhla Zeynalova');
  });

  it('shows members only active members; the secretariat sees invited ones too', async () => {
    const person = await newPerson();
    const invited = await invite({ ...validInvite(), name: 'Görünməz Üzv' });
    const asMember = await allItems(`/api/members?limit=100&q=${encodeURIComponent('gorunmez')}`, person.cookie);
    expect(asMember).toEqual([]);
    expect((await api(`/api/members/${invited.body.id}`, { cookie: person.cookie })).status).toBe(404);
    const asSecretariat = await allItems(
      `/api/members?limit=100&q=${encodeURIComponent('gorunmez')}`,
      await secretariat(),
    );
    expect(asSecretariat.map((m: { id: string }) => m.id)).toContain(invited.body.id);
  });

  it('pages the directory with an opaque cursor and refuses a forged one', async () => {
    const cookie = await secretariat();
    const first = await api('/api/members?limit=2', { cookie });
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await api(`/api/members?limit=2&cursor=${first.body.nextCursor}`, { cookie });
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const forged = await api(`/api/members?limit=2&cursor=${Buffer.from('{"x":1}').toString('base64url')}`, { cookie });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].field).toBe('query.cursor');
    expect((await api('/api/members?limit=1000', { cookie })).status).toBe(400);
  });

  it('records membership changes in the audit log', async () => {
    const person = await newPerson();
    await api(`/api/members/${person.id}`, {
      method: 'PATCH',
      cookie: await secretariat(),
      headers: { 'If-Match': `"${person.version}"` },
      body: { role: 'secretariat' },
    });
    const log = await allItems('/api/audit?limit=100', await secretariat());
    const events = log.filter((e: { entityId: string }) => e.entityId === person.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'member.role-changed',
      'member.activated',
      'member.invited',
    ]);
    expect(events[0].changes.role).toEqual({ from: 'member', to: 'secretariat' });
    expect(events[0].actorName).toBe('Aysel Məmmədova');
  });
});
