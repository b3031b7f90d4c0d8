import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { auditLog } from '#functions/data/audit.ts';
import { subscriptions } from '#functions/data/subscriptions.ts';
import { pdfBytes, share } from '../support/documents.ts';
import { api } from '../support/http.ts';
import { newPerson, secretariat } from '../support/people.ts';
import { scheduledSession } from '../support/sessions.ts';

/**
 * `npm run admin -- erase-member --email …` (README, "Personal data"), run as an operator runs it,
 * in its own process against the test's stack. Not spawnSync: a blocked event loop would reuse
 * keep-alive connections the server closed meanwhile.
 */
function eraseMember(email: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'admin', '--', 'erase-member', '--email', email], {
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function auditSince(since: string) {
  const events = [];
  let cursor: string | undefined;
  do {
    const page = await auditLog.list({ limit: 100, cursor });
    events.push(...page.items);
    if (page.items.some((event) => event.at < since)) break;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return events.filter((event) => event.at >= since);
}

describe('erasing a member', () => {
  it('removes profile, follows and answers, keeps the group record under a pseudonym, and audits it', async () => {
    const since = new Date().toISOString();
    const person = await newPerson();
    const me = (await api('/api/me', { cookie: person.cookie })).body;
    const name = me.name as string;
    const session = await scheduledSession({ capacity: 5, visibility: 'members' });
    expect(
      (await api(`/api/sessions/${session.id}/rsvp`, { method: 'PUT', cookie: person.cookie, body: { answer: 'yes' } }))
        .status,
    ).toBe(200);
    const seatsBefore = (await api(`/api/sessions/${session.id}`, { cookie: await secretariat() })).body.seatsTaken;
    const followed = await api('/api/subscriptions', {
      method: 'POST',
      body: { email: person.email, theme: 'disability-rights' },
    });
    expect(followed.status).toBe(202);
    const material = await share(person.cookie, pdfBytes('material'), { session: session.id });
    const workingPaper = await share(person.cookie, pdfBytes('draft'));

    const erased = await eraseMember(person.email);
    expect(erased.status, erased.stderr).toBe(0);
    const pseudonym = /as (Erased member \w+)/.exec(erased.stdout)?.[1] ?? '';
    expect(pseudonym).not.toBe('');

    const cookie = await secretariat();
    expect((await api(`/api/members/${person.id}`, { cookie })).status).toBe(404);
    expect((await api('/api/me', { cookie: person.cookie })).status).toBe(401);
    expect(await subscriptions.ofAddress(person.email.toLowerCase())).toEqual([]);
    const after = (await api(`/api/sessions/${session.id}`, { cookie })).body;
    expect(after.seatsTaken).toBe(seatsBefore - 1);
    const registrants = await api(`/api/sessions/${session.id}/registrants.csv`, { cookie });
    expect(String(registrants.body)).not.toContain(name);

    // Material of a session is the group's record: it stays, under the pseudonym.
    const kept = await api(`/api/documents/${material.id}`, { cookie });
    expect(kept.status).toBe(200);
    expect(kept.body.status).toBe('available');
    expect(kept.body.uploaderName).toBe(pseudonym);
    expect(kept.body.versions.map((v: { uploaderName: string }) => v.uploaderName)).toEqual([pseudonym]);
    // A members-only paper tied to no session was their own working material: withdrawn.
    expect((await api(`/api/documents/${workingPaper.id}`, { cookie })).body.status).toBe('withdrawn');

    // No event names them any more; the erasure is itself recorded, under the pseudonym only.
    const events = await auditSince(since);
    const mentions = events.filter(
      (event) => JSON.stringify(event).includes(name) || JSON.stringify(event).includes(person.email),
    );
    expect(mentions).toEqual([]);
    expect(events.some((event) => event.actorId === person.id && event.actorName === pseudonym)).toBe(true);
    const erasure = events.find((event) => event.action === 'member.erased' && event.entityId === person.id);
    expect(erasure?.summary).toContain(pseudonym);

    // Running it again finds nobody.
    const again = await eraseMember(person.email);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('No member has this address');
  });
});
