import type { StoredRsvp } from '#functions/data/sessions.ts';
import { NotFound } from '#functions/errors.ts';
import type { Session } from '#shared/schemas/session.ts';
import { azSortKey } from '#shared/text/collation.ts';
import { inBakuTime } from './baku-time.ts';
import { toCsv } from './csv.ts';
import type { DomainDeps } from './deps.ts';

/** The columns of a session's registrants export, for the secretariat's planning and sign-in. */
export const registrantColumns = [
  'name',
  'organisation',
  'answer',
  'sign_language',
  'step_free_access',
  'captioning',
  'accessible_formats',
  'other_needs',
  'attended',
  'answered_at',
] as const;

const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '' : value ? 'yes' : 'no';

/** Everyone who answered, by organisation and name (Azerbaijani order), as CSV. */
export async function registrantsCsv(
  deps: Pick<DomainDeps, 'sessions'>,
  id: string,
): Promise<{ session: Session; csv: string }> {
  const { session, rsvps } = await deps.sessions.getWithRsvps(id);
  if (!session) throw new NotFound('No such session.');
  const key = (rsvp: StoredRsvp) => `${azSortKey(rsvp.organisation)}\u0000${azSortKey(rsvp.memberName)}`;
  const ordered = [...rsvps].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const rows = ordered.map((rsvp) => [
    rsvp.memberName,
    rsvp.organisation,
    rsvp.answer ?? '',
    yesNo(rsvp.needs?.signLanguage),
    yesNo(rsvp.needs?.stepFreeAccess),
    yesNo(rsvp.needs?.captioning),
    yesNo(rsvp.needs?.accessibleFormats),
    rsvp.needs?.other ?? '',
    yesNo(rsvp.attended),
    inBakuTime(rsvp.updatedAt),
  ]);
  return { session, csv: toCsv(registrantColumns, rows) };
}
