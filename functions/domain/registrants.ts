import type { StoredGuest } from '#functions/data/guests.ts';
import type { StoredRsvp } from '#functions/data/sessions.ts';
import { NotFound } from '#functions/errors.ts';
import type { accessNeeds } from '#shared/constants.ts';
import type { Session } from '#shared/schemas/session.ts';
import type { SignInSheet } from '#shared/schemas/sign-in-sheet.ts';
import { azSortKey } from '#shared/text/collation.ts';
import { inBakuTime } from './baku-time.ts';
import { toCsv } from './csv.ts';
import type { DomainDeps } from './deps.ts';

/** The columns of a session's registrants export, for the secretariat's planning and sign-in. */
export const registrantColumns = [
  'kind',
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

/** One row of the export: a member's answer, or a guest's confirmed registration (a yes). */
interface Registrant {
  kind: 'member' | 'guest';
  name: string;
  organisation: string;
  answer: string;
  needs: StoredRsvp['needs'] | undefined;
  attended: boolean | null | undefined;
  at: string;
}

const fromRsvp = (rsvp: StoredRsvp): Registrant => ({
  kind: 'member',
  name: rsvp.memberName,
  organisation: rsvp.organisation,
  answer: rsvp.answer ?? '',
  needs: rsvp.needs,
  attended: rsvp.attended,
  at: rsvp.updatedAt,
});

const fromGuest = (guest: StoredGuest): Registrant => ({
  kind: 'guest',
  name: guest.name,
  organisation: guest.organisation,
  answer: 'yes',
  needs: guest.needs,
  attended: null,
  at: guest.confirmedAt ?? guest.updatedAt,
});

/**
 * Everyone who answered, and every guest whose registration is confirmed (pending and cancelled
 * ones hold no seat), by organisation and name (Azerbaijani order).
 */
async function registrantsOf(
  deps: Pick<DomainDeps, 'sessions' | 'guests'>,
  id: string,
): Promise<{ session: Session; ordered: Registrant[] }> {
  const [{ session, rsvps }, guests] = await Promise.all([
    deps.sessions.getWithRsvps(id),
    deps.guests.listForSession(id),
  ]);
  if (!session) throw new NotFound('No such session.');
  const registrants = [
    ...rsvps.map(fromRsvp),
    ...guests.filter((guest) => guest.status === 'confirmed').map(fromGuest),
  ];
  const key = (person: Registrant) => `${azSortKey(person.organisation)}\u0000${azSortKey(person.name)}`;
  return { session, ordered: registrants.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

const noNeeds = { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' };

/**
 * The sign-in sheet: those expected (members who said yes or maybe, confirmed guests), with a
 * line each to sign, and their accessibility needs summed per kind.
 */
export async function signInSheet(deps: Pick<DomainDeps, 'sessions' | 'guests'>, id: string): Promise<SignInSheet> {
  const { session, ordered } = await registrantsOf(deps, id);
  const people = ordered
    .filter((person) => person.answer === 'yes' || person.answer === 'maybe')
    .map((person) => ({
      kind: person.kind,
      name: person.name,
      organisation: person.organisation,
      answer: person.answer as 'yes' | 'maybe',
      needs: { ...noNeeds, ...person.needs },
    }));
  const count = (need: (typeof accessNeeds)[number]) => people.filter((person) => person.needs[need]).length;
  return {
    session,
    people,
    needs: {
      signLanguage: count('signLanguage'),
      stepFreeAccess: count('stepFreeAccess'),
      captioning: count('captioning'),
      accessibleFormats: count('accessibleFormats'),
      other: people.map((person) => person.needs.other.trim()).filter(Boolean),
    },
  };
}

/** The registrants as CSV, for the secretariat's planning. */
export async function registrantsCsv(
  deps: Pick<DomainDeps, 'sessions' | 'guests'>,
  id: string,
): Promise<{ session: Session; csv: string }> {
  const { session, ordered } = await registrantsOf(deps, id);
  const rows = ordered.map((person) => [
    person.kind,
    person.name,
    person.organisation,
    person.answer,
    yesNo(person.needs?.signLanguage),
    yesNo(person.needs?.stepFreeAccess),
    yesNo(person.needs?.captioning),
    yesNo(person.needs?.accessibleFormats),
    person.needs?.other ?? '',
    yesNo(person.attended),
    inBakuTime(person.at),
  ]);
  return { session, csv: toCsv(registrantColumns, rows) };
}
