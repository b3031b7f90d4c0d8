import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#functions/api/app.ts';
import { dynamo } from '#functions/data/clients.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

/**
 * Counts the DynamoDB commands each request sends, with a middleware on the very client the
 * app uses, against the real local stack.
 */
const sent: string[] = [];
const middlewareName = 'count-dynamodb-calls';

beforeAll(() => {
  dynamo().middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: middlewareName },
  );
});
afterAll(() => {
  dynamo().middlewareStack.remove(middlewareName);
});

async function callsFor(path: string, cookie?: string): Promise<{ status: number; commands: string[] }> {
  const app = createApp(defaultDeps());
  sent.length = 0;
  const answer = await app.request(path, { headers: cookie ? { Cookie: cookie } : {} });
  // Calls made in parallel arrive in any order.
  return { status: answer.status, commands: [...sent].sort() };
}

describe('DynamoDB calls per request', () => {
  // A session page also reads its materials, in parallel (and, for the secretariat, its guests).
  it('lists sessions with one call, and opens a session page with one for it and one for its materials (plus the cookie check)', async () => {
    const session = await scheduledSession();
    const member = await newPerson();
    const cookie = await secretariat();

    const anonymousList = await callsFor('/api/sessions?limit=20');
    expect(anonymousList).toEqual({ status: 200, commands: ['QueryCommand'] });
    const anonymousPage = await callsFor(`/api/sessions/${session.id}`);
    expect(anonymousPage).toEqual({ status: 200, commands: ['GetItemCommand', 'QueryCommand'] });

    const memberList = await callsFor('/api/sessions?limit=20', member.cookie);
    expect(memberList).toEqual({ status: 200, commands: ['BatchGetItemCommand', 'QueryCommand'] });
    const memberPage = await callsFor(`/api/sessions/${session.id}`, member.cookie);
    expect(memberPage).toEqual({
      status: 200,
      commands: ['BatchGetItemCommand', 'BatchGetItemCommand', 'QueryCommand'],
    });

    const secretariatPage = await callsFor(`/api/sessions/${session.id}`, cookie);
    expect(secretariatPage).toEqual({
      status: 200,
      commands: ['BatchGetItemCommand', 'QueryCommand', 'QueryCommand', 'QueryCommand'],
    });
    const themed = await callsFor('/api/sessions?theme=disability-rights&limit=5', cookie);
    expect(themed).toEqual({ status: 200, commands: ['BatchGetItemCommand', 'QueryCommand'] });
  });

  it('never scans, whatever the route', async () => {
    const member = await newPerson();
    for (const path of ['/api/members?limit=5', '/api/themes', '/api/audit?limit=5', '/api/sessions?status=held']) {
      const { commands } = await callsFor(path, path.startsWith('/api/audit') ? await secretariat() : member.cookie);
      expect(commands.some((name) => name.includes('Scan'))).toBe(false);
    }
  });
});
