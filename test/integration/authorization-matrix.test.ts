import { beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { outcomeInput, publish, heldSession as readyForOutcomes, saveOutcome } from '../support/outcomes.ts';
import { demoSecretariatEmail, newPerson, type Person, secretariat, signIn, uniqueEmail } from '../support/people.ts';
import { inDays, memberOf, type OrganisationMember, openRound, uniqueLabel } from '../support/rounds.ts';
import { createSession, scheduledSession, sessionInput } from '../support/sessions.ts';

type Role = 'anonymous' | 'member' | 'secretariat';
const roles: Role[] = ['anonymous', 'member', 'secretariat'];

interface Call {
  path: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Overrides the role's cookie, for calls that would spend it (sign-out). */
  cookie?: string;
}

interface Context {
  role: Role;
  member: Person;
  /** A public, scheduled session; and a held one for attendance. */
  session: { id: string };
  heldSession: { id: string };
  memberDocument: string;
  publicDocument: string;
  publishedSession: string;
  /** A member of a business, to which the first recommendation of `publishedSession` is addressed. */
  addressee: OrganisationMember;
  /** An open round asking about that recommendation. */
  round: { id: string };
}

interface Expectation {
  call: (context: Context) => Promise<Call> | Call;
  expect: Record<Role, number>;
}

const anyone = (status: number) => ({ anonymous: status, member: status, secretariat: status });
const membersOnly = (status: number) => ({ anonymous: 401, member: status, secretariat: status });
const secretariatOnly = (status: number) => ({ anonymous: 401, member: 403, secretariat: status });

async function etag(path: string): Promise<string> {
  return (await api(path, { cookie: await secretariat() })).headers.get('etag') ?? '"0"';
}

/**
 * Every route of the OpenAPI document, with what each role gets. A route missing here fails
 * the first test, so none can be added without stating who may call it.
 */
const matrix: Record<string, Expectation> = {
  'GET /api/health': { call: () => ({ path: '/api/health' }), expect: anyone(200) },
  'POST /api/auth/sign-in': {
    call: () => ({ path: '/api/auth/sign-in', method: 'POST', body: { email: uniqueEmail('matrix') } }),
    expect: anyone(202),
  },
  'GET /api/auth/callback': { call: () => ({ path: '/api/auth/callback?token=unknown' }), expect: anyone(303) },
  // Who is signed in: a visitor without a session is answered too (member: null), not refused.
  'GET /api/uploads/pending': { call: () => ({ path: '/api/uploads/pending?limit=5' }), expect: secretariatOnly(200) },
  'GET /api/auth/session': { call: () => ({ path: '/api/auth/session' }), expect: anyone(200) },
  'POST /api/auth/sign-out': {
    // A login of its own, since signing out spends it. The secretariat signs in again rather
    // than promoting someone: another file relies on the demo account being the only one active.
    call: async ({ role }) => ({
      path: '/api/auth/sign-out',
      method: 'POST',
      cookie:
        role === 'anonymous'
          ? undefined
          : role === 'member'
            ? (await newPerson('member')).cookie
            : await signIn(demoSecretariatEmail),
    }),
    expect: membersOnly(204),
  },
  'GET /api/me': { call: () => ({ path: '/api/me' }), expect: membersOnly(200) },
  'GET /api/members': { call: () => ({ path: '/api/members?limit=5' }), expect: membersOnly(200) },
  'POST /api/members': {
    call: () => ({
      path: '/api/members',
      method: 'POST',
      body: { name: 'Matris Yoxlaması', email: uniqueEmail('matrix'), organisation: 'Test', organisationType: 'media' },
    }),
    expect: secretariatOnly(201),
  },
  'GET /api/members/{id}': { call: ({ member }) => ({ path: `/api/members/${member.id}` }), expect: membersOnly(200) },
  'PATCH /api/members/{id}': {
    call: async ({ member }) => ({
      path: `/api/members/${member.id}`,
      method: 'PATCH',
      headers: { 'If-Match': await etag(`/api/members/${member.id}`) },
      body: { position: `Vəzifə ${Date.now()}` },
    }),
    expect: membersOnly(200),
  },
  'POST /api/members/{id}/invitation': {
    call: async () => {
      const invited = await api('/api/members', {
        method: 'POST',
        cookie: await secretariat(),
        body: { name: 'Dəvətli Şəxs', email: uniqueEmail('resend'), organisation: 'Test', organisationType: 'ngo' },
      });
      return { path: `/api/members/${invited.body.id}/invitation`, method: 'POST' };
    },
    expect: secretariatOnly(202),
  },
  'GET /api/themes': { call: () => ({ path: '/api/themes' }), expect: anyone(200) },
  'GET /api/themes/{slug}': { call: () => ({ path: '/api/themes/disability-rights' }), expect: anyone(200) },
  'POST /api/themes': {
    call: () => ({
      path: '/api/themes',
      method: 'POST',
      body: {
        slug: `matrix-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
        name: { az: 'Yoxlama mövzusu', en: 'Test theme' },
        description: { az: 'Təsvir', en: 'Description' },
      },
    }),
    expect: secretariatOnly(201),
  },
  'PATCH /api/themes/{slug}': {
    call: async () => ({
      path: '/api/themes/entrepreneurs-interests',
      method: 'PATCH',
      headers: { 'If-Match': await etag('/api/themes/entrepreneurs-interests') },
      body: { description: { az: `Sahibkarların hüquqları ${Date.now()}`, en: `Entrepreneurs’ rights ${Date.now()}` } },
    }),
    expect: secretariatOnly(200),
  },
  'GET /api/audit': { call: () => ({ path: '/api/audit?limit=5' }), expect: secretariatOnly(200) },
  'GET /api/sessions': { call: () => ({ path: '/api/sessions?limit=5' }), expect: anyone(200) },
  'POST /api/sessions': {
    call: () => ({ path: '/api/sessions', method: 'POST', body: sessionInput() }),
    expect: secretariatOnly(201),
  },
  'GET /api/sessions/{id}': { call: ({ session }) => ({ path: `/api/sessions/${session.id}` }), expect: anyone(200) },
  'PATCH /api/sessions/{id}': {
    call: async ({ session }) => ({
      path: `/api/sessions/${session.id}`,
      method: 'PATCH',
      headers: { 'If-Match': await etag(`/api/sessions/${session.id}`) },
      body: { summary: { az: `Xülasə ${Date.now()}`, en: `Summary ${Date.now()}` } },
    }),
    expect: secretariatOnly(200),
  },
  'POST /api/sessions/{id}/transitions': {
    call: async () => ({
      path: `/api/sessions/${(await createSession()).id}/transitions`,
      method: 'POST',
      body: { to: 'scheduled' },
    }),
    expect: secretariatOnly(200),
  },
  'PUT /api/sessions/{id}/rsvp': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/rsvp`, method: 'PUT', body: { answer: 'maybe' } }),
    expect: membersOnly(200),
  },
  'PUT /api/sessions/{id}/attendance': {
    call: ({ heldSession, member }) => ({
      path: `/api/sessions/${heldSession.id}/attendance`,
      method: 'PUT',
      body: { entries: [{ memberId: member.id, attended: true }] },
    }),
    expect: secretariatOnly(200),
  },
  'GET /api/sessions/{id}/calendar.ics': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/calendar.ics` }),
    expect: anyone(200),
  },
  'GET /api/calendar.ics': { call: () => ({ path: '/api/calendar.ics' }), expect: anyone(200) },
  'GET /api/sessions/{id}/registrants.csv': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/registrants.csv` }),
    expect: secretariatOnly(200),
  },
  'POST /api/sessions/{id}/guests': {
    call: ({ session }) => ({
      path: `/api/sessions/${session.id}/guests`,
      method: 'POST',
      body: { name: 'Matris Qonağı', email: uniqueEmail('guest'), organisation: 'Test' },
    }),
    expect: anyone(202),
  },
  // A guest holds no account: the links in their email are the guest's whole authority.
  'GET /api/guests/confirm': { call: () => ({ path: '/api/guests/confirm?token=x' }), expect: anyone(303) },
  'GET /api/guests/cancel': { call: () => ({ path: '/api/guests/cancel?token=x' }), expect: anyone(303) },
  'POST /api/guests/cancel': {
    call: () => ({ method: 'POST', path: '/api/guests/cancel', body: { token: 'x' } }),
    expect: anyone(200),
  },
  'GET /api/sessions/{id}/messages': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/messages` }),
    expect: secretariatOnly(200),
  },
  'GET /api/sessions/{id}/notice-preview': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/notice-preview` }),
    expect: secretariatOnly(200),
  },
  'GET /api/sessions/{id}/sign-in-sheet': {
    call: ({ session }) => ({ path: `/api/sessions/${session.id}/sign-in-sheet` }),
    expect: secretariatOnly(200),
  },
  'POST /api/documents': {
    call: () => ({
      path: '/api/documents',
      method: 'POST',
      body: { title: 'Matris', language: 'az', fileName: 'm.pdf', contentType: 'application/pdf', size: 100 },
    }),
    expect: membersOnly(201),
  },
  'GET /api/documents': { call: () => ({ path: '/api/documents?limit=5' }), expect: anyone(200) },
  'GET /api/documents/{id}': {
    call: ({ publicDocument }) => ({ path: `/api/documents/${publicDocument}` }),
    expect: anyone(200),
  },
  // The member edits their own document; the secretariat may edit anyone's.
  'PATCH /api/documents/{id}': {
    call: async ({ memberDocument }) => ({
      path: `/api/documents/${memberDocument}`,
      method: 'PATCH',
      headers: { 'If-Match': await etag(`/api/documents/${memberDocument}`) },
      body: { description: `Təsvir ${Date.now()}` },
    }),
    expect: membersOnly(200),
  },
  'DELETE /api/documents/{id}': {
    call: async ({ member }) => ({ path: `/api/documents/${await shareAs(member.cookie)}`, method: 'DELETE' }),
    expect: membersOnly(204),
  },
  'POST /api/documents/{id}/versions': {
    call: ({ memberDocument }) => ({
      path: `/api/documents/${memberDocument}/versions`,
      method: 'POST',
      body: { fileName: 'm2.pdf', contentType: 'application/pdf', size: 100 },
    }),
    expect: membersOnly(201),
  },
  'GET /api/sessions/{id}/outcomes': {
    call: ({ publishedSession }) => ({ path: `/api/sessions/${publishedSession}/outcomes` }),
    expect: anyone(200),
  },
  'GET /api/sessions/{id}/outcomes/editor': {
    call: ({ heldSession }) => ({ path: `/api/sessions/${heldSession.id}/outcomes/editor` }),
    expect: secretariatOnly(200),
  },
  'PUT /api/sessions/{id}/outcomes': {
    call: async () => ({
      path: `/api/sessions/${(await readyForOutcomes()).id}/outcomes`,
      method: 'PUT',
      body: outcomeInput(),
    }),
    expect: secretariatOnly(200),
  },
  'POST /api/sessions/{id}/outcomes/publish': {
    call: async () => {
      const held = await readyForOutcomes();
      await saveOutcome(held.id, outcomeInput());
      return { path: `/api/sessions/${held.id}/outcomes/publish`, method: 'POST' };
    },
    expect: secretariatOnly(200),
  },
  'GET /api/outcomes': { call: () => ({ path: '/api/outcomes?q=isci' }), expect: anyone(200) },
  'GET /api/outcomes/years': { call: () => ({ path: '/api/outcomes/years' }), expect: anyone(200) },
  'GET /api/outcomes.json': { call: () => ({ path: '/api/outcomes.json' }), expect: anyone(200) },
  'GET /api/outcomes.csv': { call: () => ({ path: '/api/outcomes.csv' }), expect: anyone(200) },
  'GET /api/feed.atom': { call: () => ({ path: '/api/feed.atom' }), expect: anyone(200) },
  'GET /api/sitemap.xml': { call: () => ({ path: '/api/sitemap.xml' }), expect: anyone(200) },
  'POST /api/subscriptions': {
    call: () => ({
      path: '/api/subscriptions',
      method: 'POST',
      body: { email: uniqueEmail('matrix'), theme: 'disability-rights' },
    }),
    expect: anyone(202),
  },
  'GET /api/subscriptions/confirm': {
    call: () => ({ path: '/api/subscriptions/confirm?token=x' }),
    expect: anyone(303),
  },
  'GET /api/subscriptions/unsubscribe': {
    call: () => ({ path: '/api/subscriptions/unsubscribe?token=x' }),
    expect: anyone(303),
  },
  'POST /api/subscriptions/unsubscribe': {
    call: () => ({ path: '/api/subscriptions/unsubscribe?token=x', method: 'POST' }),
    expect: anyone(200),
  },
  'GET /api/documents/{id}/download': {
    call: ({ publicDocument }) => ({ path: `/api/documents/${publicDocument}/download` }),
    expect: anyone(303),
  },
  'GET /api/recommendations': {
    call: () => ({ path: '/api/recommendations?status=not-started&limit=5' }),
    expect: anyone(200),
  },
  'GET /api/recommendations/{id}': {
    call: ({ publishedSession }) => ({ path: `/api/recommendations/${publishedSession}-1` }),
    expect: anyone(200),
  },
  'GET /api/recommendations.json': { call: () => ({ path: '/api/recommendations.json' }), expect: anyone(200) },
  'GET /api/recommendations.csv': { call: () => ({ path: '/api/recommendations.csv' }), expect: anyone(200) },
  'GET /api/recommendations/feed.atom': {
    call: () => ({ path: '/api/recommendations/feed.atom' }),
    expect: anyone(200),
  },
  'GET /api/rounds': { call: () => ({ path: '/api/rounds?limit=5' }), expect: anyone(200) },
  'POST /api/rounds': {
    call: ({ publishedSession }) => ({
      path: '/api/rounds',
      method: 'POST',
      body: { occasion: 'national-human-rights-day', deadline: inDays(30), recommendations: [`${publishedSession}-1`] },
    }),
    expect: secretariatOnly(201),
  },
  'GET /api/rounds/{id}': { call: ({ round }) => ({ path: `/api/rounds/${round.id}` }), expect: anyone(200) },
  'GET /api/rounds/{id}/reports': {
    call: ({ round }) => ({ path: `/api/rounds/${round.id}/reports` }),
    expect: membersOnly(200),
  },
  'GET /api/rounds/{id}/messages': {
    call: ({ round }) => ({ path: `/api/rounds/${round.id}/messages` }),
    expect: secretariatOnly(200),
  },
  // The member here is an addressee; the secretariat's organisation (a state body) is not asked.
  'PUT /api/rounds/{id}/reports/{recommendationId}': {
    call: ({ role, round, publishedSession, addressee }) => ({
      path: `/api/rounds/${round.id}/reports/${publishedSession}-1`,
      method: 'PUT',
      body: { text: { az: `Hesabat ${Date.now()}` }, status: 'in-progress' },
      ...(role === 'member' ? { cookie: addressee.cookie } : {}),
    }),
    expect: { anonymous: 401, member: 200, secretariat: 403 },
  },
  'POST /api/rounds/{id}/reports/{reportId}/review': {
    call: async ({ publishedSession, addressee }) => {
      const round = await openRound([`${publishedSession}-1`], { deadline: inDays(30) });
      const report = await api(`/api/rounds/${round.id}/reports/${publishedSession}-1`, {
        method: 'PUT',
        cookie: addressee.cookie,
        body: { text: { en: 'Report' }, status: 'in-progress' },
      });
      return {
        path: `/api/rounds/${round.id}/reports/${report.body.id}/review`,
        method: 'POST',
        body: { decision: 'assess', status: 'not-started', reason: { az: 'Səbəb', en: 'Reason' } },
      };
    },
    expect: secretariatOnly(200),
  },
  'POST /api/rounds/{id}/close': {
    call: async ({ publishedSession }) => ({
      path: `/api/rounds/${(await openRound([`${publishedSession}-1`], { deadline: inDays(30) })).id}/close`,
      method: 'POST',
    }),
    expect: secretariatOnly(200),
  },
};

/** A document uploaded and checked, owned by the member of this run. */
async function shareAs(cookie: string): Promise<string> {
  return (await share(cookie, pdfBytes('matrix'))).id;
}

describe('authorization matrix: every route, every role', () => {
  let operations: string[] = [];
  let member: Person;
  let session: { id: string };
  let heldSession: { id: string };
  let memberDocument: string;
  let publicDocument: string;
  let publishedSession: string;
  let addressee: OrganisationMember;
  let round: { id: string };
  const cookies: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    const doc = await api('/api/openapi.json');
    operations = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    member = await newPerson('member');
    cookies.member = member.cookie;
    cookies.secretariat = await secretariat();
    session = await scheduledSession();
    heldSession = await readyForOutcomes();
    memberDocument = await shareAs(member.cookie);
    publicDocument = (await share(await secretariat(), pdfBytes('public'), { visibility: 'public' })).id;
    publishedSession = (await readyForOutcomes()).id;
    await saveOutcome(publishedSession, outcomeInput());
    await publish(publishedSession);
    addressee = await memberOf(`Matris biznes ${uniqueLabel()}`, 'business');
    round = await openRound([`${publishedSession}-1`], { deadline: inDays(30) });
  });

  it('has an expectation for every route in the OpenAPI document, and no stale ones', () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((operation) => !(operation in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  it('publishes the access rule of every route as x-access', async () => {
    const doc = await api('/api/openapi.json');
    for (const ops of Object.values(doc.body.paths as Record<string, Record<string, { 'x-access'?: string }>>)) {
      for (const op of Object.values(ops)) expect(['anyone', 'member', 'secretariat']).toContain(op['x-access']);
    }
  });

  for (const [operation, expectation] of Object.entries(matrix)) {
    for (const role of roles) {
      it(`${operation} as ${role} → ${expectation.expect[role]}`, async () => {
        const context: Context = {
          role,
          member,
          session,
          heldSession,
          memberDocument,
          publicDocument,
          publishedSession,
          addressee,
          round,
        };
        const call = await expectation.call(context);
        const cookie = 'cookie' in call ? call.cookie : role === 'anonymous' ? undefined : cookies[role];
        const answer = await api(call.path, { method: call.method, body: call.body, headers: call.headers, cookie });
        expect(answer.status, JSON.stringify(answer.body)).toBe(expectation.expect[role]);
        if (answer.status >= 400) expect(answer.headers.get('content-type')).toBe('application/problem+json');
      });
    }
  }

  it('serves the OpenAPI document and the reference page to anyone', async () => {
    expect((await api('/api/openapi.json')).status).toBe(200);
    expect((await api('/api/docs')).status).toBe(200);
  });
});

/**
 * Object level: every route with an id, offered objects the caller must not reach (another
 * member's document, a draft, a members-only session, someone else's profile), as each role.
 */
describe('authorization matrix: other people’s and hidden objects', () => {
  let other: Person;
  let othersDocument: string;
  let draft: { id: string };
  let membersOnlySession: { id: string };
  let membersOnlyOutcomes: string;
  let publicOutcomes: string;
  let round: { id: string };
  const cookies: Partial<Record<Role, string>> = {};

  beforeAll(async () => {
    membersOnlyOutcomes = (await readyForOutcomes({ visibility: 'members' })).id;
    await saveOutcome(membersOnlyOutcomes, outcomeInput());
    await publish(membersOnlyOutcomes);
    publicOutcomes = (await readyForOutcomes()).id;
    await saveOutcome(publicOutcomes, outcomeInput());
    await publish(publicOutcomes);
    // The second recommendation speaks to state bodies: with one among the members, the round has an addressee.
    await memberOf(`Matris nazirlik ${uniqueLabel()}`, 'state-body');
    round = await openRound([`${publicOutcomes}-2`], { deadline: inDays(30) });
    other = await newPerson('member');
    cookies.member = (await newPerson('member')).cookie;
    cookies.secretariat = await secretariat();
    othersDocument = await shareAs(other.cookie);
    draft = await createSession();
    membersOnlySession = await scheduledSession({ visibility: 'members' });
  });

  const documentEtag = async (id: string) => etag(`/api/documents/${id}`);
  // The secretariat sees drafts, so its RSVP to one is refused as closed (409), not hidden (404).
  const cases: Array<[string, () => Promise<Call> | Call, Record<Role, number>]> = [
    [
      'GET another member’s members-only document',
      () => ({ path: `/api/documents/${othersDocument}` }),
      { anonymous: 404, member: 200, secretariat: 200 },
    ],
    [
      'download another member’s members-only document',
      () => ({ path: `/api/documents/${othersDocument}/download` }),
      { anonymous: 404, member: 303, secretariat: 303 },
    ],
    [
      'PATCH another member’s document',
      async () => ({
        path: `/api/documents/${othersDocument}`,
        method: 'PATCH',
        headers: { 'If-Match': await documentEtag(othersDocument) },
        body: { description: `Matris ${Date.now()}` },
      }),
      { anonymous: 401, member: 403, secretariat: 200 },
    ],
    [
      'DELETE another member’s document',
      async () => ({ path: `/api/documents/${await shareAs(other.cookie)}`, method: 'DELETE' }),
      { anonymous: 401, member: 403, secretariat: 204 },
    ],
    [
      'add a version to another member’s document',
      () => ({
        path: `/api/documents/${othersDocument}/versions`,
        method: 'POST',
        body: { fileName: 'v.pdf', contentType: 'application/pdf', size: 100 },
      }),
      { anonymous: 401, member: 403, secretariat: 201 },
    ],
    [
      'GET a draft session',
      () => ({ path: `/api/sessions/${draft.id}` }),
      { anonymous: 404, member: 404, secretariat: 200 },
    ],
    [
      'a draft’s calendar entry',
      () => ({ path: `/api/sessions/${draft.id}/calendar.ics` }),
      { anonymous: 404, member: 404, secretariat: 200 },
    ],
    [
      'RSVP to a draft',
      () => ({ path: `/api/sessions/${draft.id}/rsvp`, method: 'PUT', body: { answer: 'yes' } }),
      { anonymous: 401, member: 404, secretariat: 409 },
    ],
    [
      'a draft’s outcomes',
      () => ({ path: `/api/sessions/${draft.id}/outcomes` }),
      { anonymous: 404, member: 404, secretariat: 404 },
    ],
    [
      'GET a members-only session',
      () => ({ path: `/api/sessions/${membersOnlySession.id}` }),
      { anonymous: 404, member: 200, secretariat: 200 },
    ],
    [
      'a members-only session’s calendar entry',
      () => ({ path: `/api/sessions/${membersOnlySession.id}/calendar.ics` }),
      { anonymous: 404, member: 200, secretariat: 200 },
    ],
    [
      'RSVP to a members-only session',
      () => ({ path: `/api/sessions/${membersOnlySession.id}/rsvp`, method: 'PUT', body: { answer: 'maybe' } }),
      { anonymous: 401, member: 200, secretariat: 200 },
    ],
    [
      'edit a draft session',
      async () => ({
        path: `/api/sessions/${draft.id}`,
        method: 'PATCH',
        headers: { 'If-Match': await etag(`/api/sessions/${draft.id}`) },
        body: { capacity: 40 },
      }),
      { anonymous: 401, member: 403, secretariat: 200 },
    ],
    [
      'edit someone else’s profile',
      async () => ({
        path: `/api/members/${other.id}`,
        method: 'PATCH',
        headers: { 'If-Match': await etag(`/api/members/${other.id}`) },
        body: { position: `Vəzifə ${Date.now()}` },
      }),
      { anonymous: 401, member: 403, secretariat: 200 },
    ],
    [
      'GET a recommendation of members-only outcomes',
      () => ({ path: `/api/recommendations/${membersOnlyOutcomes}-1` }),
      { anonymous: 404, member: 200, secretariat: 200 },
    ],
    [
      // The member is of an NGO; the recommendation speaks to state bodies, and the secretariat reviews, not reports.
      'report on a recommendation not addressed to the member’s kind of organisation',
      () => ({
        path: `/api/rounds/${round.id}/reports/${publicOutcomes}-2`,
        method: 'PUT',
        body: { text: { en: 'Not ours' }, status: 'implemented' },
      }),
      { anonymous: 401, member: 403, secretariat: 403 },
    ],
    [
      'a recommendation of a round that does not ask about it',
      () => ({
        path: `/api/rounds/${round.id}/reports/${publicOutcomes}-1`,
        method: 'PUT',
        body: { text: { en: 'Not asked' }, status: 'implemented' },
      }),
      { anonymous: 401, member: 404, secretariat: 404 },
    ],
    [
      'GET someone else’s profile',
      () => ({ path: `/api/members/${other.id}` }),
      { anonymous: 401, member: 200, secretariat: 200 },
    ],
  ];

  for (const [label, call, expected] of cases) {
    for (const role of roles) {
      it(`${label} as ${role} → ${expected[role]}`, async () => {
        const made = await call();
        const answer = await api(made.path, {
          method: made.method,
          body: made.body,
          headers: made.headers,
          cookie: cookies[role],
        });
        expect(answer.status, JSON.stringify(answer.body)).toBe(expected[role]);
        if (answer.status >= 400) expect(answer.headers.get('content-type')).toBe('application/problem+json');
      });
    }
  }
});
