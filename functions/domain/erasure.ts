import type { auditRewrites } from '#functions/data/audit.ts';
import type { StoredDocument } from '#functions/data/documents.ts';
import { Conflict, NotFound } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { Member } from '#shared/schemas/member.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { updateVersioned } from './versioned.ts';

export type ErasureDeps = Pick<DomainDeps, 'members' | 'sessions' | 'documents' | 'subscriptions' | 'now'> & {
  auditRewrites: typeof auditRewrites;
};

export interface ErasureReport {
  pseudonym: string;
  subscriptions: number;
  answers: number;
  documentsKept: number;
  documentsWithdrawn: number;
  auditEventsRewritten: number;
}

/**
 * The name an erased member's past is shown under: stable for one member (so the record still
 * shows that one person did these things) and telling nothing about who they were.
 */
export function pseudonymOf(member: Pick<Member, 'id'>): string {
  let hash = 0;
  for (const char of member.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `Erased member ${hash.toString(36).padStart(6, '0').slice(-6).toUpperCase()}`;
}

/**
 * The documents policy of an erasure (README, "Personal data"): material that is part of the
 * group's record (public, or material of a session) stays, under the pseudonym; a members-only
 * document tied to no session is the person's own working material and is withdrawn.
 */
export const isGroupRecord = (document: Pick<StoredDocument, 'visibility' | 'session'>) =>
  document.visibility === 'public' || document.session !== null;

function scrub(text: string, words: string[], pseudonym: string): string {
  return words.reduce((result, word) => (word ? result.split(word).join(pseudonym) : result), text);
}

/** An event with the member's name and address replaced by the pseudonym, or undefined if it names neither. */
function pseudonymised(event: AuditEvent, member: Member, pseudonym: string): AuditEvent | undefined {
  const words = [member.name, member.email, member.email.toLowerCase()];
  const names = (value: string) => words.some((word) => word && value.includes(word));
  const byThem = event.actorId === member.id;
  const changes = event.changes ? JSON.stringify(event.changes) : '';
  if (!byThem && !names(event.summary) && !names(changes) && !names(event.entityId)) return undefined;
  return {
    ...event,
    actorName: byThem ? pseudonym : event.actorName,
    summary: scrub(event.summary, words, pseudonym),
    ...(event.changes ? { changes: JSON.parse(scrub(changes, words, pseudonym)) } : {}),
  };
}

/**
 * Erases a member on request (`npm run admin -- erase-member`; ARCHITECTURE.md, "Personal data"):
 * their follows and answers go, their documents follow the policy above, their name and address
 * in the audit log become a pseudonym, and the profile with its logins and address claim goes,
 * last, with the erasure's own audit event (which names only the pseudonym). Each step can run
 * again, and the profile goes last: an erasure cut off half-way is finished by running the
 * command again.
 */
export async function eraseMember(deps: ErasureDeps, email: string, by: string): Promise<ErasureReport> {
  const member = await deps.members.findByEmail(email);
  if (!member) throw new NotFound('No member has this address.');
  // Refused before anything is touched: the profile goes last, and the count would stop it only then.
  if (member.role === 'secretariat' && member.status === 'active' && (await deps.members.activeSecretariats()) <= 1) {
    throw new Conflict('last-secretariat', 'The portal needs at least one active secretariat member.');
  }
  const pseudonym = pseudonymOf(member);
  const event = (action: string, entity: { type: string; id: string }, summary: string) =>
    auditEvent(deps.now(), null, action, entity, summary);

  const follows = await deps.subscriptions.ofAddress(member.email.toLowerCase());
  for (const follow of follows) await deps.subscriptions.remove(follow.email, follow.theme, follow.unsubscribeToken);

  let answers = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.sessions.list({ scope: 'all', order: 'asc', limit: 100, cursor });
    for (const session of page.items) {
      const { rsvp } = await deps.sessions.getWithRsvp(session.id, member.id);
      if (!rsvp) continue;
      await deps.sessions.removeRsvp(
        session.id,
        rsvp,
        event('rsvp.erased', { type: 'session', id: session.id }, `The answer of ${pseudonym} was erased`),
      );
      answers += 1;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  let documentsKept = 0;
  let documentsWithdrawn = 0;
  cursor = undefined;
  const documents: StoredDocument[] = [];
  do {
    const page = await deps.documents.list({
      by: { uploader: member.id },
      publicOnly: false,
      availableOnly: false,
      limit: 100,
      cursor,
    });
    documents.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  for (const listed of documents) {
    const { document, versions } = await deps.documents.getWithVersions(listed.id);
    if (!document) continue;
    const keep = isGroupRecord(document);
    const theirs = versions
      .filter((version) => version.uploaderId === member.id)
      .map((version) => ({ ...version, uploaderName: pseudonym }));
    await updateVersioned(deps.now(), {
      actor: null,
      before: document,
      after: { ...document, uploaderName: pseudonym, ...(keep ? {} : { status: 'withdrawn' as const }) },
      event: () => ({
        action: keep ? 'document.reattributed' : 'document.withdrawn',
        entity: { type: 'document', id: document.id },
        summary: keep
          ? `"${document.title}" stays as the group's record, under ${pseudonym} (erasure)`
          : `"${document.title}" withdrawn: the working material of ${pseudonym} (erasure)`,
      }),
      write: (before, after, written) => deps.documents.update(before, after, written, theirs),
    });
    if (keep) documentsKept += 1;
    else documentsWithdrawn += 1;
  }

  let auditEventsRewritten = 0;
  for await (const page of deps.auditRewrites.all()) {
    for (const past of page) {
      const rewritten = pseudonymised(past, member, pseudonym);
      if (!rewritten) continue;
      await deps.auditRewrites.replace(rewritten);
      auditEventsRewritten += 1;
    }
  }

  const report = {
    pseudonym,
    subscriptions: follows.length,
    answers,
    documentsKept,
    documentsWithdrawn,
    auditEventsRewritten,
  };
  await deps.members.erase(
    member,
    event(
      'member.erased',
      { type: 'member', id: member.id },
      `${pseudonym} erased on request by ${by}: ${report.subscriptions} follows and ${answers} answers removed, ${documentsKept} documents kept under the pseudonym, ${documentsWithdrawn} withdrawn, ${auditEventsRewritten} audit events pseudonymised`,
    ),
  );
  return report;
}
