import { describe, expect, it } from 'vitest';
import { signInLinks } from '#functions/data/sign-in-links.ts';
import { hashToken, newToken } from '#functions/domain/tokens.ts';
import { api, baseUrl } from '../support/http.ts';
import { emailsTo, follow, holdsSignInLink, latestEmailTo, linkIn } from '../support/mailbox.ts';
import { demoSecretariatEmail, newPerson, secretariat, uniqueEmail } from '../support/people.ts';

describe('passwordless sign-in through real email', () => {
  it('walks the whole path: the secretariat signs in, invites a member, the member signs in', async () => {
    const before = (await emailsTo(demoSecretariatEmail)).length;
    const asked = await api('/api/auth/sign-in', { method: 'POST', body: { email: demoSecretariatEmail } });
    expect(asked.status).toBe(202);
    const email = await latestEmailTo(demoSecretariatEmail, before, holdsSignInLink);
    expect(email.subject).toBe('Portala giriş linkiniz · Your sign-in link');
    expect(email.body.html).toContain('/api/auth/callback?token=');
    const followed = await follow(linkIn(email));
    expect(followed.status).toBe(303);
    expect(followed.location).toBe(`${baseUrl()}/`);
    expect(followed.cookie).toMatch(/^bhr_session=/);
    expect(followed.setCookies.some((cookie) => /^bhr_signed_in=1;.*Max-Age=\d+/.test(cookie))).toBe(true);
    const me = await api('/api/me', { cookie: followed.cookie });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: demoSecretariatEmail, role: 'secretariat', status: 'active' });

    const inviteeEmail = uniqueEmail('invitee');
    const invited = await api('/api/members', {
      method: 'POST',
      cookie: followed.cookie,
      body: {
        name: 'Günel Rəhimova',
        email: inviteeEmail.toUpperCase(),
        organisation: 'Şəffaflıq Assosiasiyası',
        organisationType: 'ngo',
        position: 'Hüquqşünas',
        language: 'en',
      },
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: inviteeEmail, status: 'invited', role: 'member', language: 'en' });
    expect(invited.headers.get('etag')).toBe('"1"');

    const invitation = await latestEmailTo(inviteeEmail, 0, holdsSignInLink);
    // The invitee's language comes first.
    expect(invitation.subject).toBe(
      'Invitation to the Business and Human Rights working group · Biznes və insan hüquqları üzrə işçi qrupuna dəvət',
    );
    expect(invitation.body.text?.indexOf('Dear Günel Rəhimova')).toBeLessThan(
      invitation.body.text?.indexOf('Hörmətli Günel Rəhimova') ?? -1,
    );
    const accepted = await follow(linkIn(invitation));
    expect(accepted.cookie).toBeDefined();
    const inviteeMe = await api('/api/me', { cookie: accepted.cookie });
    expect(inviteeMe.body).toMatchObject({ email: inviteeEmail, status: 'active', role: 'member' });

    // Later, the member signs in the ordinary way.
    const count = (await emailsTo(inviteeEmail)).length;
    await api('/api/auth/sign-in', { method: 'POST', body: { email: inviteeEmail } });
    const again = await follow(linkIn(await latestEmailTo(inviteeEmail, count, holdsSignInLink)));
    expect((await api('/api/me', { cookie: again.cookie })).status).toBe(200);
  });

  it('lets a link work once', async () => {
    const person = await newPerson();
    const count = (await emailsTo(person.email)).length;
    await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email } });
    const link = linkIn(await latestEmailTo(person.email, count, holdsSignInLink));
    expect((await follow(link)).cookie).toBeDefined();
    const second = await follow(link);
    expect(second.status).toBe(303);
    expect(second.location).toBe(`${baseUrl()}/sign-in?error=invalid-link`);
    expect(second.cookie).toBeUndefined();
  });

  it('refuses an expired link, telling the page it expired', async () => {
    const person = await newPerson();
    const token = newToken();
    const now = Math.floor(Date.now() / 1000);
    await signInLinks.create({
      tokenHash: hashToken(token),
      memberId: person.id,
      createdAt: new Date((now - 16 * 60) * 1000).toISOString(),
      expiresAt: now - 60,
    });
    const followed = await follow(`${baseUrl()}/api/auth/callback?token=${token}`);
    expect(followed.location).toBe(`${baseUrl()}/sign-in?error=expired-link`);
    expect(followed.cookie).toBeUndefined();
  });

  it('refuses unknown and malformed tokens', async () => {
    for (const query of [`token=${newToken()}`, 'token=short', '']) {
      const followed = await follow(`${baseUrl()}/api/auth/callback?${query}`);
      expect(followed.location).toBe(`${baseUrl()}/sign-in?error=invalid-link`);
    }
  });

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const person = await newPerson();
    const unknown = uniqueEmail('stranger');
    const known = await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email } });
    const stranger = await api('/api/auth/sign-in', { method: 'POST', body: { email: unknown } });
    expect(stranger.status).toBe(known.status);
    expect(stranger.body).toEqual(known.body);
    expect(await emailsTo(unknown)).toHaveLength(0);
  });

  it('refuses the 6th link request for an address within an hour, with Retry-After', async () => {
    const email = uniqueEmail('eager');
    const answers = [];
    for (let i = 0; i < 6; i += 1) answers.push(await api('/api/auth/sign-in', { method: 'POST', body: { email } }));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
    const sixth = answers[5];
    expect(sixth?.status).toBe(429);
    expect(sixth?.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(sixth?.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(Number(sixth?.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
  });

  it('ends the server-side session on sign-out', async () => {
    const person = await newPerson();
    expect((await api('/api/me', { cookie: person.cookie })).status).toBe(200);
    const out = await api('/api/auth/sign-out', { method: 'POST', cookie: person.cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/bhr_session=;/);
    // The pages' signed-in hint goes with it, so they stop asking who is signed in.
    expect(out.headers.getSetCookie().some((cookie) => /^bhr_signed_in=;/.test(cookie))).toBe(true);
    expect((await api('/api/me', { cookie: person.cookie })).status).toBe(401);
  });

  it('stops a deactivated member’s cookie at once, and sends them no more links', async () => {
    const person = await newPerson();
    const deactivated = await api(`/api/members/${person.id}`, {
      method: 'PATCH',
      cookie: await secretariat(),
      headers: { 'If-Match': `"${person.version}"` },
      body: { status: 'deactivated' },
    });
    expect(deactivated.status).toBe(200);
    expect((await api('/api/me', { cookie: person.cookie })).status).toBe(401);
    // Links only: another file's session invitation, queued while they were active, may still arrive.
    const links = async () => (await emailsTo(person.email)).filter(holdsSignInLink).length;
    const count = await links();
    expect((await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email } })).status).toBe(202);
    expect(await links()).toBe(count);
  });

  it('refuses state-changing requests from a foreign origin', async () => {
    const person = await newPerson();
    const foreign = await api('/api/auth/sign-out', {
      method: 'POST',
      cookie: person.cookie,
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('foreign-origin');
    const crossSite = await api('/api/auth/sign-in', {
      method: 'POST',
      body: { email: person.email },
      headers: { 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const own = await api('/api/auth/sign-out', {
      method: 'POST',
      cookie: person.cookie,
      headers: { Origin: baseUrl() },
    });
    expect(own.status).toBe(204);
  });

  it('redirects only to paths on the portal after sign-in', async () => {
    const person = await newPerson();
    for (const [next, expected] of [
      ['/members', '/members'],
      ['//evil.example/x', '/'],
      ['https://evil.example', '/'],
    ] as const) {
      const count = (await emailsTo(person.email)).length;
      await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email } });
      const link = linkIn(await latestEmailTo(person.email, count, holdsSignInLink));
      const followed = await follow(`${link}&next=${encodeURIComponent(next)}`);
      expect(followed.location).toBe(`${baseUrl()}${expected}`);
    }
  });
  it('carries the page to return to through the emailed link, and refuses any other site', async () => {
    const person = await newPerson();
    const next = '/sessions/abc?guest=confirmed';
    const count = (await emailsTo(person.email)).length;
    const asked = await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email, next } });
    expect(asked.status).toBe(202);
    const link = linkIn(await latestEmailTo(person.email, count, holdsSignInLink));
    expect(new URL(link).searchParams.get('next')).toBe(next);
    expect((await follow(link)).location).toBe(`${baseUrl()}${next}`);

    for (const foreign of ['//evil.com', 'https://evil', '/\\evil', '/api/me', 'sessions']) {
      const refused = await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email, next: foreign } });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'next' })]);
    }
    const before = (await emailsTo(person.email)).length;
    await api('/api/auth/sign-in', { method: 'POST', body: { email: person.email } });
    const plain = linkIn(await latestEmailTo(person.email, before, holdsSignInLink));
    expect(new URL(plain).searchParams.has('next')).toBe(false);
    const followed = await follow(`${plain}&next=${encodeURIComponent('/\\evil.example')}`);
    expect(followed.location).toBe(`${baseUrl()}/`);
  });

  it('welcomes an invited member on their first sign-in only', async () => {
    const email = uniqueEmail('welcome');
    const invited = await api('/api/members', {
      method: 'POST',
      cookie: await secretariat(),
      body: { name: 'Aynur Quliyeva', email, organisation: 'Test organisation', organisationType: 'ngo' },
    });
    expect(invited.status).toBe(201);
    const accepted = await follow(linkIn(await latestEmailTo(email, 0, holdsSignInLink)));
    expect(accepted.location).toBe(`${baseUrl()}/?welcome=1`);

    const count = (await emailsTo(email)).length;
    await api('/api/auth/sign-in', { method: 'POST', body: { email, next: '/sessions' } });
    const again = await follow(linkIn(await latestEmailTo(email, count, holdsSignInLink)));
    expect(again.location).toBe(`${baseUrl()}/sessions`);
  });

  it('tells who is signed in, answering a visitor without a session with null rather than an error', async () => {
    const anonymous = await api('/api/auth/session');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toEqual({ member: null });
    const person = await newPerson();
    const signedIn = await api('/api/auth/session', { cookie: person.cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.member).toMatchObject({ id: person.id, email: person.email, role: 'member' });
    expect(signedIn.headers.get('cache-control')).toContain('no-store');
  });
});
