/**
 * The demo archive `npm start` seeds (README, "Demo data"): the group's 2015 series held and
 * published, two sessions to come and a few documents, so a newcomer sees every page filled.
 *
 * Everything goes through the use cases the API calls, with the clock they take as a dependency
 * set to when each step would have happened: a 2015 session is created and scheduled a month
 * before it starts and marked held after it, so the workflow's time rules (ARCHITECTURE.md,
 * "Session workflow") hold as they do for anyone. Documents are uploaded to the bucket with
 * their presigned POST and checked by the upload check, as a browser's are.
 *
 * Each record is looked up by its title first and taken on from the state it is in, so a second
 * run, or one after an interrupted first, adds nothing twice.
 */
import { createDocument } from '#functions/domain/documents.ts';
import { publishOutcome, saveOutcome } from '#functions/domain/outcomes.ts';
import { sessionMaterials } from '#functions/domain/session-materials.ts';
import { answerRsvp, createSession, recordAttendance, transitionSession } from '#functions/domain/sessions.ts';
import type { defaultDeps } from '#functions/wiring.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { Session } from '#shared/schemas/session.ts';
import { type DemoDocument, type DemoEvent, demoEvents, demoUpcoming, demoVenue } from './demo-content.ts';
import { onePagePdf } from './demo-pdf.ts';
import { demoMemberEmails, demoSecretariatEmail } from './seed.ts';

type SeedDeps = ReturnType<typeof defaultDeps>;

const hour = 3_600_000;
const day = 24 * hour;
const upcomingAnswers = ['yes', 'yes', 'maybe', 'no', 'yes'] as const;
const noNeeds = { signLanguage: false, stepFreeAccess: false, captioning: false, accessibleFormats: false, other: '' };

/** The same dependencies with the clock stopped at `instant`. */
const at = (deps: SeedDeps, instant: number): SeedDeps => ({ ...deps, now: () => new Date(instant) });

export interface DemoArchiveCounts {
  published: number;
  upcoming: number;
  documents: number;
}

export async function seedDemoArchive(deps: SeedDeps): Promise<DemoArchiveCounts> {
  const secretariat = await deps.members.findByEmail(demoSecretariatEmail);
  if (!secretariat) throw new Error(`The demo archive needs the secretariat ${demoSecretariatEmail}: seed it first.`);
  const members: Member[] = [];
  for (const email of demoMemberEmails) {
    const member = await deps.members.findByEmail(email);
    if (member) members.push(member);
  }
  const counts: DemoArchiveCounts = { published: 0, upcoming: 0, documents: 0 };
  for (const [index, event] of demoEvents.entries()) {
    const made = await seedHeldEvent(deps, secretariat, members, event, index);
    counts.documents += made.documents;
    if (made.published) counts.published += 1;
  }
  for (const upcoming of demoUpcoming) {
    const now = deps.now().getTime();
    // Baku is UTC+4 all year: 10:00 there on the day `daysAhead` from now.
    const date = new Date(now + upcoming.daysAhead * day + 4 * hour).toISOString().slice(0, 10);
    let session =
      (await findSession(deps, upcoming.theme, upcoming.title.en, '2016-01-01T00:00:00.000Z')) ??
      (await createSession(deps, secretariat, {
        theme: upcoming.theme,
        title: upcoming.title,
        summary: upcoming.summary,
        startsAt: `${date}T10:00:00+04:00`,
        endsAt: `${date}T13:00:00+04:00`,
        venue: demoVenue,
        capacity: 60,
        visibility: 'public',
        agenda: upcoming.agenda,
      }));
    if (session.status === 'draft') session = await transitionSession(deps, secretariat, session.id, 'scheduled');
    // Members have begun to answer, some with access needs, as the secretariat would see it.
    for (const [place, member] of members.entries()) {
      const answer = upcomingAnswers[place % upcomingAnswers.length] ?? 'yes';
      await answerRsvp(deps, member, session.id, {
        answer,
        needs: { ...noNeeds, signLanguage: place === 1 && answer !== 'no', stepFreeAccess: place === 2 },
      });
    }
    counts.upcoming += 1;
  }
  return counts;
}

/** A session of the series, taken from wherever it stands to published. */
async function seedHeldEvent(
  deps: SeedDeps,
  secretariat: Member,
  members: Member[],
  event: DemoEvent,
  index: number,
): Promise<{ published: boolean; documents: number }> {
  const starts = Date.parse(event.startsAt);
  const invited = at(deps, starts - 30 * day);
  let session: Session =
    (await findSession(deps, event.theme, event.title.en, '2015-01-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z')) ??
    (await createSession(invited, secretariat, {
      theme: event.theme,
      title: event.title,
      summary: event.summary,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      venue: demoVenue,
      capacity: 60,
      visibility: 'public',
      agenda: event.agenda,
    }));
  if (session.status === 'draft') session = await transitionSession(invited, secretariat, session.id, 'scheduled');
  if (session.status === 'scheduled') {
    for (const member of members) {
      await answerRsvp(at(deps, starts - 7 * day), member, session.id, { answer: 'yes', needs: noNeeds });
    }
    session = await transitionSession(at(deps, starts + 4 * hour), secretariat, session.id, 'held');
  }
  if (session.status !== 'held') return { published: false, documents: 0 };
  // One member who said yes did not come, a different one each time.
  const absent = members[index % Math.max(members.length, 1)]?.id;
  if (members.length > 0) {
    await recordAttendance(
      at(deps, starts + 4 * hour),
      secretariat,
      session.id,
      members.map((member) => ({ memberId: member.id, attended: member.id !== absent })),
    );
  }
  const documents: string[] = [];
  for (const document of event.documents) {
    documents.push(await ensureDocument(at(deps, starts + 2 * day), secretariat, session, event, document));
  }
  const { outcome } = await deps.outcomes.getWithRevisions(session.id);
  const written = at(deps, starts + 7 * day);
  const draft =
    outcome ?? (await saveOutcome(written, secretariat, session.id, { ...event.outcome, documents }, undefined));
  if (draft.status === 'draft') await publishOutcome(at(deps, starts + 14 * day), secretariat, session.id);
  return { published: true, documents: documents.length };
}

/** A session of a theme with this English title, starting in [from, to). */
async function findSession(
  deps: SeedDeps,
  theme: string,
  titleEn: string,
  from: string,
  to?: string,
): Promise<Session | undefined> {
  let cursor: string | undefined;
  do {
    const page = await deps.sessions.list({ scope: 'all', theme, from, to, order: 'asc', limit: 100, cursor });
    const found = page.items.find((session) => session.title.en === titleEn);
    if (found) return found;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return undefined;
}

/** A public document of the session, uploaded and checked; the one already there if it is. */
async function ensureDocument(
  deps: SeedDeps,
  secretariat: Member,
  session: Session,
  event: DemoEvent,
  document: DemoDocument,
): Promise<string> {
  const existing = (await sessionMaterials(deps, secretariat, session.id)).find((doc) => doc.title === document.title);
  if (existing) return existing.id;
  const bytes = onePagePdf(document.title, ['DEMO CONTENT - generated for the portal demo', '', ...document.lines]);
  const { document: created, upload } = await createDocument(deps, secretariat, {
    title: document.title,
    description: document.description,
    language: 'en',
    session: session.id,
    agendaItem: document.agendaItem,
    theme: event.theme,
    visibility: 'public',
    fileName: document.fileName,
    contentType: 'application/pdf',
    size: bytes.length,
  });
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(bytes)]), document.fileName);
  const answer = await fetch(upload.url, { method: 'POST', body: form });
  if (answer.status >= 300) throw new Error(`The bucket refused ${document.fileName}: ${answer.status}`);
  return waitUntilChecked(deps, created.id);
}

/** The upload check runs when the bucket reports the file (in AWS and in the local stack alike). */
async function waitUntilChecked(deps: SeedDeps, id: string): Promise<string> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const stored = await deps.documents.get(id);
    if (stored?.status === 'available') return id;
    if (stored?.status === 'rejected') throw new Error(`The upload check rejected the demo document ${id}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The demo document ${id} was never checked: is the upload check relay running?`);
}
