import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { api, baseUrl } from './http.ts';
import { follow, holdsSignInLink, latestEmailTo, linkIn } from './mailbox.ts';
import { signInOverHttp } from './sign-in-flow.ts';

export const demoSecretariatEmail = 'secretariat@portal.local';

/** Asks for a link for `email`, reads it from the local mailbox and follows it. */
export const signIn = (email: string): Promise<string> => signInOverHttp(baseUrl(), inject('mailboxUrl'), email);

/** The seeded secretariat's cookie, signed in once by the global setup (links are rate-limited). */
export const secretariat = async (): Promise<string> => inject('secretariatCookie');

export const uniqueEmail = (label = 'member') => `${label}-${randomUUID().slice(0, 8)}@test.example`;

export interface Person {
  id: string;
  email: string;
  cookie: string;
  version: number;
}

/** A new member (or secretariat member), invited by the secretariat and signed in through the invitation. */
/** The people this test file made, in this file's module graph (each file has its own). */
const madeHere: string[] = [];

/**
 * Deactivates the people this file made, once it has finished (test/stack-env.ts): every session
 * another file schedules invites every active member, so people left active by finished files
 * would make each later invitation larger, and the suite's mail grow with its square.
 */
export async function retirePeopleMadeHere(): Promise<void> {
  if (madeHere.length === 0) return;
  const { retireMembers } = await import('./bulk-members.ts');
  await retireMembers(madeHere.splice(0).map((id) => ({ id })));
}

export async function newPerson(
  role: 'member' | 'secretariat' = 'member',
  language: 'az' | 'en' = 'az',
): Promise<Person> {
  const email = uniqueEmail(role);
  const invited = await api('/api/members', {
    method: 'POST',
    cookie: await secretariat(),
    body: {
      name: `Test ${role} ${email.slice(0, 12)}`,
      email,
      organisation: 'Test organisation',
      organisationType: 'ngo',
      role,
      language,
    },
  });
  if (invited.status !== 201) throw new Error(`invite answered ${invited.status}: ${JSON.stringify(invited.body)}`);
  madeHere.push(invited.body.id);
  const { cookie } = await follow(linkIn(await latestEmailTo(email, 0, holdsSignInLink)));
  if (!cookie) throw new Error('invitation link set no cookie');
  const me = await api('/api/me', { cookie });
  return { id: invited.body.id, email, cookie, version: me.body.version };
}
