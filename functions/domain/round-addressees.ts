import type { StoredAddressee } from '#functions/data/rounds.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { RoundRecommendation } from '#shared/schemas/round.ts';
import { addresseeOfOrganisation } from '#shared/schemas/round.ts';
import { foldForSearch } from '#shared/text/fold.ts';
import type { DomainDeps } from './deps.ts';

/** An organisation is its members' shared name, however they typed its letters and spaces. */
export const organisationKey = (name: string) => foldForSearch(name);

/**
 * Every active member who can answer for an organisation, page by page (the directory is one
 * Query per page). The secretariat reviews the reports, so it is never asked to send one.
 */
export async function answeringMembers(deps: Pick<DomainDeps, 'members'>): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.members.list({ limit: 100, cursor, status: 'active' });
    members.push(...page.items.filter((member) => member.role === 'member'));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return members;
}

/**
 * Who a round asks: each member organisation with at least one recommendation addressed to its
 * kind of organisation, or to it by name.
 */
export function addresseesOf(members: Member[], recommendations: RoundRecommendation[]): StoredAddressee[] {
  const organisations = new Map<string, Pick<Member, 'organisation' | 'organisationType'>>();
  for (const member of members) {
    const key = organisationKey(member.organisation);
    if (key && !organisations.has(key)) organisations.set(key, member);
  }
  const addressees: StoredAddressee[] = [];
  for (const [key, organisation] of organisations) {
    const kind = addresseeOfOrganisation[organisation.organisationType];
    const asked = recommendations.filter(
      (recommendation) =>
        (kind !== undefined && recommendation.addressees.includes(kind)) ||
        recommendation.named.some((name) => organisationKey(name) === key),
    );
    if (asked.length === 0) continue;
    addressees.push({
      key,
      organisation: organisation.organisation,
      kind: organisation.organisationType,
      recommendations: asked.map((recommendation) => recommendation.id),
    });
  }
  return addressees.sort((a, b) => a.organisation.localeCompare(b.organisation, 'az'));
}
