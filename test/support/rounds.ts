import { randomUUID } from 'node:crypto';
import { api } from './http.ts';
import { follow, holdsSignInLink, latestEmailTo, linkIn } from './mailbox.ts';
import { heldSession, outcomeInput, publish, saveOutcome } from './outcomes.ts';
import { type Person, secretariat, uniqueEmail } from './people.ts';

export interface OrganisationMember extends Person {
  organisation: string;
}

/** A member of a named organisation of the given type, invited and signed in through the invitation. */
export async function memberOf(
  organisation: string,
  organisationType: string,
  language: 'az' | 'en' = 'az',
): Promise<OrganisationMember> {
  const email = uniqueEmail(organisationType);
  const invited = await api('/api/members', {
    method: 'POST',
    cookie: await secretariat(),
    body: { name: `Üzv ${email.slice(0, 14)}`, email, organisation, organisationType, language },
  });
  if (invited.status !== 201) throw new Error(`invite answered ${invited.status}: ${JSON.stringify(invited.body)}`);
  const { cookie } = await follow(linkIn(await latestEmailTo(email, 0, holdsSignInLink)));
  if (!cookie) throw new Error('invitation link set no cookie');
  const me = await api('/api/me', { cookie });
  return { id: invited.body.id, email, cookie, version: me.body.version, organisation };
}

/** A unique label, so a test finds its own organisations and texts among everyone else's. */
export const uniqueLabel = () => randomUUID().slice(0, 8);

/**
 * A held session whose outcomes are published with two recommendations: the first to
 * businesses, the second to state bodies. Answers the session id and the two recommendation ids.
 */
export async function publishedRecommendations(label: string, options: { visibility?: 'public' | 'members' } = {}) {
  const session = await heldSession(options.visibility ? { visibility: options.visibility } : {});
  const saved = await saveOutcome(
    session.id,
    outcomeInput({
      recommendations: [
        {
          text: {
            az: `Biznes insan hüquqlarına hörmət etsin ${label}`,
            en: `Businesses respect human rights ${label}`,
          },
          addressees: ['businesses'],
        },
        {
          text: {
            az: `Dövlət orqanları nəzarəti gücləndirsin ${label}`,
            en: `State bodies strengthen oversight ${label}`,
          },
          addressees: ['state-bodies'],
        },
      ],
    }),
  );
  if (saved.status !== 200) throw new Error(`save answered ${saved.status}: ${JSON.stringify(saved.body)}`);
  const published = await publish(session.id);
  if (published.status !== 200) throw new Error(`publish answered ${published.status}`);
  return { sessionId: session.id, business: `${session.id}-1`, state: `${session.id}-2` };
}

export const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

export async function openRound(recommendations: string[], overrides: Record<string, unknown> = {}) {
  const opened = await api('/api/rounds', {
    method: 'POST',
    cookie: await secretariat(),
    body: { occasion: 'international-human-rights-day', deadline: inDays(14), recommendations, ...overrides },
  });
  if (opened.status !== 201) throw new Error(`open answered ${opened.status}: ${JSON.stringify(opened.body)}`);
  return opened.body as { id: string; name: { az: string; en: string } };
}

type RoundMessage = {
  kind: string;
  state: string;
  deliveries: Array<{ address: string; status: string }>;
};

/** A round's mail once the worker has finished it: at least `count` messages, every one done. */
export async function roundMailSettled(roundId: string, count = 1, timeoutMs = 60_000): Promise<RoundMessage[]> {
  const cookie = await secretariat();
  const until = Date.now() + timeoutMs;
  let last: RoundMessage[] = [];
  while (Date.now() < until) {
    const answer = await api<{ items: RoundMessage[] }>(`/api/rounds/${roundId}/messages`, { cookie });
    if (answer.status !== 200) throw new Error(`messages answered ${answer.status}`);
    last = answer.body.items;
    if (last.length >= count && last.every((message) => message.state === 'done')) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`mail of round ${roundId} not settled: ${JSON.stringify(last.map((m) => [m.kind, m.state]))}`);
}
