interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

async function emailsTo(mailboxUrl: string, address: string): Promise<StoredEmail[]> {
  const response = await fetch(`${mailboxUrl}/store`);
  if (!response.ok) throw new Error(`The local mailbox answered ${response.status}.`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  return emails.filter((email) => email.destination.to.some((to) => to.toLowerCase().includes(address.toLowerCase())));
}

export async function countEmailsTo(mailboxUrl: string, address: string): Promise<number> {
  return (await emailsTo(mailboxUrl, address)).length;
}

const holdsSignInLink = (email: StoredEmail) =>
  /\/api\/auth\/callback\?token=/.test(email.body.text ?? email.body.html ?? '');

/**
 * Waits for sign-in emails to `address` beyond the `seenBefore` emails already there, and
 * answers them newest first: another test file may ask for a link to the same address at the
 * same time, and other mail (session invitations) may arrive in between.
 */
export async function newEmailsTo(mailboxUrl: string, address: string, seenBefore: number): Promise<StoredEmail[]> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const fresh = (await emailsTo(mailboxUrl, address)).slice(seenBefore).filter(holdsSignInLink);
    if (fresh.length > 0) return fresh.reverse();
    await new Promise((resume) => setTimeout(resume, 150));
  }
  throw new Error(`No new email to ${address} arrived within 15 s.`);
}

/** The sign-in link of an email, from its text part (or, failing that, its HTML). */
export function signInLinkIn(email: StoredEmail): string {
  const body = email.body.text ?? email.body.html?.replaceAll('&amp;', '&') ?? '';
  const link = /https?:\/\/[^\s"'<>]+\/api\/auth\/callback\?token=[^\s"'<>]+/.exec(body)?.[0];
  if (!link) throw new Error(`The email "${email.subject}" holds no sign-in link:\n${body}`);
  return link;
}
