import type { IdempotentCommit } from '#functions/data/idempotency.ts';
import { Forbidden, NotFound, PreconditionFailed } from '#functions/errors.ts';
import type { InviteMember, Member, MemberStatus, UpdateMember } from '#shared/schemas/member.ts';
import { auditEvent } from './audit.ts';
import { sendInvitation } from './auth.ts';
import type { DomainDeps } from './deps.ts';
import { newId } from './ids.ts';
import { updateVersioned } from './versioned.ts';

const isSecretariat = (actor: Member) => actor.role === 'secretariat';

/** Members see the active directory and themselves; the secretariat sees everyone. */
function canSee(actor: Member, member: Member): boolean {
  return isSecretariat(actor) || actor.id === member.id || member.status === 'active';
}

export async function getMember(
  deps: Pick<DomainDeps, 'members' | 'mailSuppressions'>,
  actor: Member,
  id: string,
): Promise<Member> {
  const [marked] = await withMailState(deps, actor, [await visibleMember(deps, actor, id)]);
  return marked as Member;
}

async function visibleMember(deps: Pick<DomainDeps, 'members'>, actor: Member, id: string): Promise<Member> {
  const member = await deps.members.get(id);
  if (!member || !canSee(actor, member)) throw new NotFound('No such member.');
  return member;
}

/** For the secretariat: whether mail to each member's address bounces (ARCHITECTURE.md, "Mail outbox"). */
async function withMailState(
  deps: Pick<DomainDeps, 'mailSuppressions'>,
  actor: Member,
  members: Member[],
): Promise<Member[]> {
  if (!isSecretariat(actor) || members.length === 0) return members;
  const bouncing = await deps.mailSuppressions.marked(members.map((member) => member.email));
  return members.map((member) => ({ ...member, mailBouncing: bouncing.has(member.email.toLowerCase()) }));
}

export async function listMembers(
  deps: Pick<DomainDeps, 'members' | 'mailSuppressions'>,
  actor: Member,
  query: {
    limit: number;
    cursor?: string;
    q?: string;
    organisationType?: Member['organisationType'];
    status?: MemberStatus;
  },
) {
  const status = isSecretariat(actor) ? query.status : 'active';
  const page = await deps.members.list({ ...query, status });
  return { ...page, items: await withMailState(deps, actor, page.items) };
}

export async function inviteMember(
  deps: Parameters<typeof sendInvitation>[0],
  actor: Member,
  input: InviteMember,
  commit?: IdempotentCommit,
): Promise<Member> {
  const now = deps.now();
  const member: Member = {
    id: newId(now),
    ...input,
    status: 'invited',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  await deps.members.create(
    member,
    auditEvent(
      now,
      actor,
      'member.invited',
      { type: 'member', id: member.id },
      `Invited ${member.name} as ${member.role}`,
    ),
    commit,
  );
  await sendInvitation(deps, member, actor);
  return member;
}

/** Sends a fresh invitation to someone who has not signed in yet. */
export async function resendInvitation(
  deps: Parameters<typeof sendInvitation>[0],
  actor: Member,
  id: string,
): Promise<void> {
  const member = await getMember(deps, actor, id);
  if (member.status !== 'invited')
    throw new PreconditionFailed('Only invited members who have not signed in yet get invitations.');
  await sendInvitation(deps, member, actor);
}

const editableFields = ['name', 'organisation', 'organisationType', 'position', 'language', 'role', 'status'] as const;

/**
 * A member edits their own profile; only the secretariat edits others, and only the secretariat
 * changes roles and status. The write is conditional on the version the caller read.
 */
export async function updateMember(
  deps: Pick<DomainDeps, 'members' | 'now'>,
  actor: Member,
  id: string,
  patch: UpdateMember,
  expectedVersion: number,
): Promise<Member> {
  const member = await visibleMember(deps, actor, id);
  if (!isSecretariat(actor)) {
    if (actor.id !== id) throw new Forbidden('You can only edit your own profile.');
    if (patch.role !== undefined || patch.status !== undefined) {
      throw new Forbidden('Only the secretariat changes roles and status.', 'secretariat-only-field');
    }
  }
  const after: Member = { ...member, ...patch };
  const { record } = await updateVersioned(deps.now(), {
    actor,
    before: member,
    after,
    expectedVersion,
    fields: editableFields,
    event: (changes) => ({
      action: changes.status
        ? `member.${after.status === 'deactivated' ? 'deactivated' : 'reactivated'}`
        : changes.role
          ? 'member.role-changed'
          : 'member.updated',
      entity: { type: 'member', id },
      summary: `Changed ${Object.keys(changes).join(', ')} of ${member.name}`,
    }),
    write: (before, updated, event) => deps.members.update(before, updated, event),
  });
  return record;
}

/** The first secretariat account, made by the `admin` command: there is no default account. */
export async function createSecretariat(
  deps: Pick<DomainDeps, 'members' | 'now'>,
  input: Pick<Member, 'name' | 'email'> & Partial<Pick<Member, 'organisation' | 'position' | 'language'>>,
): Promise<Member> {
  const now = deps.now();
  const member: Member = {
    id: newId(now),
    name: input.name,
    email: input.email.toLowerCase(),
    organisation: input.organisation ?? 'Ombudsman Aparatı',
    organisationType: 'state-body',
    position: input.position ?? '',
    role: 'secretariat',
    status: 'active',
    language: input.language ?? 'az',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
  await deps.members.create(
    member,
    auditEvent(
      now,
      null,
      'member.bootstrapped',
      { type: 'member', id: member.id },
      `Created secretariat account for ${member.name}`,
    ),
  );
  return member;
}
