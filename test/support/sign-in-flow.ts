/** The sign-in journey over plain HTTP, usable from the global setup (no vitest `inject`). */
export interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

/**
 * Mail from a minute before this file started (each test file has its own copy of this module):
 * the addresses a file reads are its own, and reading the whole mailbox on every poll grew with
 * everything the suite had sent before (thousands of invitations by its end).
 */
const mailSince = Math.floor(Date.now() / 1000) - 60;

export async function emailsTo(mailboxUrl: string, address: string): Promise<StoredEmail[]> {
  const [emails = []] = await emailsToEach(mailboxUrl, [address]);
  return emails;
}

/**
 * The emails to each of many addresses, from one read of the mailbox. The stand-in shares the
 * stack's process with the API and the pages, and each read serialises every email since the
 * file began: 300 reads at once once stalled the pages' files for more than 30 s.
 */
export async function emailsToEach(mailboxUrl: string, addresses: string[]): Promise<StoredEmail[][]> {
  const response = await fetch(`${mailboxUrl}/store?since=${mailSince}`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  return addresses.map((address) => emails.filter((email) => email.destination.to.includes(address)));
}

/**
 * The newest email to an address among those after the first `after`, that `matching` accepts,
 * waiting for it: other mail (session invitations from parallel tests) may arrive in between.
 */
export async function latestEmailTo(
  mailboxUrl: string,
  address: string,
  after = 0,
  matching: (email: StoredEmail) => boolean = () => true,
): Promise<StoredEmail> {
  // Up to 30 s: bulk mail comes from the mail worker, after the request that caused it.
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const emails = (await emailsTo(mailboxUrl, address)).slice(after).filter(matching);
    if (emails.length > 0) return emails[emails.length - 1] as StoredEmail;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email arrived for ${address}`);
}

export const holdsSignInLink = (email: StoredEmail) => /\/api\/auth\/callback\?token=/.test(email.body.text ?? '');

/**
 * Every sign-in email to `address` beyond the first `seenBefore`, newest first, waiting for at
 * least one: another test file may ask for a link to the same address at the same time, so a
 * caller tries them in turn until one has not been redeemed yet.
 */
export async function freshSignInEmails(
  mailboxUrl: string,
  address: string,
  seenBefore: number,
): Promise<StoredEmail[]> {
  await latestEmailTo(mailboxUrl, address, seenBefore, holdsSignInLink);
  return (await emailsTo(mailboxUrl, address)).slice(seenBefore).filter(holdsSignInLink).reverse();
}

export function linkIn(email: StoredEmail): string {
  // With the page to return to, where the link carries one (`&next=`, percent-encoded).
  const match = /https?:\/\/\S+\/api\/auth\/callback\?token=[\w-]+(?:&next=[\w%.~-]+)?/.exec(email.body.text ?? '');
  if (!match) throw new Error(`No sign-in link in "${email.subject}"`);
  return match[0];
}

/** Follows a sign-in link as a browser would; answers where it leads, the session cookie and every cookie set. */
export async function follow(
  link: string,
): Promise<{ status: number; location: string | null; cookie?: string; setCookies: string[] }> {
  const response = await fetch(link, { redirect: 'manual' });
  const setCookies = response.headers.getSetCookie();
  const cookie = setCookies.map((line) => /^(?:__Host-)?bhr_session=[^;]+/.exec(line)?.[0]).find(Boolean);
  return { status: response.status, location: response.headers.get('location'), cookie, setCookies };
}

export async function signInOverHttp(baseUrl: string, mailboxUrl: string, email: string): Promise<string> {
  const before = (await emailsTo(mailboxUrl, email)).length;
  const asked = await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`sign-in request answered ${asked.status}`);
  const { cookie } = await follow(linkIn(await latestEmailTo(mailboxUrl, email, before, holdsSignInLink)));
  if (!cookie) throw new Error(`no cookie for ${email}`);
  return cookie;
}
