import { createHash } from 'node:crypto';
import type { RoundAudience, RoundOutboxMessage } from '#functions/data/outbox.ts';
import type { StoredReport, StoredRound } from '#functions/data/rounds.ts';
import { Conflict, type FieldError, Forbidden, NotFound, UnprocessableContent } from '#functions/errors.ts';
import { emptyCounts, type RoundMessageKind } from '#shared/constants.ts';
import { recommendationStatuses } from '#shared/recommendation-constants.ts';
import { defaultRoundName } from '#shared/round-defaults.ts';
import type { Member } from '#shared/schemas/member.ts';
import type { RecommendationChange, RecommendationStatus } from '#shared/schemas/recommendation.ts';
import type {
  OpenRound,
  ProgressReport,
  ProgressReportInput,
  ReviewInput,
  Round,
  RoundRecommendation,
  RoundSummary,
  StatusCounts,
} from '#shared/schemas/round.ts';
import { auditEvent } from './audit.ts';
import type { DomainDeps } from './deps.ts';
import { dropStaleAnswers, recommendationAnswers } from './edge-invalidation.ts';
import { newId } from './ids.ts';
import { allRecommendations, openStatuses } from './recommendations.ts';
import { type WalkCounts, walkRecords } from './record-walk.ts';
import { addresseesOf, answeringMembers, organisationKey } from './round-addressees.ts';
import { updateVersioned } from './versioned.ts';

/**
 * Monitoring rounds (ARCHITECTURE.md, "Recommendations followed through"): the secretariat opens
 * a round, the addressees' members report progress until the deadline, the secretariat reviews
 * each report (accepting the claimed status or recording its own assessment), and closing the
 * round publishes its results.
 */
type RoundDeps = Pick<DomainDeps, 'rounds' | 'recommendations' | 'members' | 'documents' | 'now' | 'edgeCache'>;
type Actor = Member | undefined;

const isSecretariat = (actor: Actor) => actor?.role === 'secretariat';

/** Reminders go to addressees that have not answered, this long before the deadline. */
export const roundReminderLeadMs = 7 * 24 * 3600 * 1000;

export function roundMessage(kind: RoundMessageKind, audience: RoundAudience, roundId: string, now: Date, id?: string) {
  const message: RoundOutboxMessage = {
    id: id ?? newId(now),
    kind,
    roundId,
    audience,
    state: 'queued',
    expanded: false,
    pass: 0,
    counts: emptyCounts,
    createdAt: now.toISOString(),
    finishedAt: null,
  };
  return message;
}

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(recommendationStatuses.map((status) => [status, 0])) as StatusCounts;

function countBy<K extends string>(items: RoundRecommendation[], keysOf: (item: RoundRecommendation) => K[]) {
  const counts = new Map<K, StatusCounts>();
  for (const item of items) {
    const status = item.statusAtClose ?? item.statusAtOpening;
    for (const key of keysOf(item)) {
      const row = counts.get(key) ?? zeroCounts();
      row[status] += 1;
      counts.set(key, row);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * A round as the caller may see it: anonymous visitors see public recommendations only; the
 * results (what changed, and the status by theme and by kind of addressee) once it is closed.
 */
export function presentRound(round: StoredRound, reports: StoredReport[], actor: Actor): Round {
  const recommendations = round.recommendations.filter((r) => actor || r.visibility === 'public');
  const visible = new Set(recommendations.map((r) => r.id));
  const answered = new Set(reports.map((report) => report.organisationKey));
  return {
    id: round.id,
    occasion: round.occasion,
    name: round.name,
    deadline: round.deadline,
    status: round.status,
    openedAt: round.openedAt,
    closedAt: round.closedAt,
    recommendations,
    addressees: round.addressees
      .map(({ key, organisation, kind, recommendations: asked }) => ({
        organisation,
        kind,
        recommendations: asked.filter((id) => visible.has(id)),
        answered: answered.has(key),
      }))
      .filter((addressee) => addressee.recommendations.length > 0),
    results:
      round.status === 'closed'
        ? {
            changes: recommendations
              .filter((r) => r.statusAtClose !== null && r.statusAtClose !== r.statusAtOpening)
              .map((r) => ({
                recommendationId: r.id,
                from: r.statusAtOpening,
                to: r.statusAtClose ?? r.statusAtOpening,
              })),
            byTheme: countBy(recommendations, (r) => [r.theme]).map(([theme, counts]) => ({ theme, counts })),
            byAddressee: countBy(recommendations, (r) => r.addressees).map(([addressee, counts]) => ({
              addressee,
              counts,
            })),
          }
        : null,
    updatedAt: round.updatedAt,
    version: round.version,
  };
}

export async function getRound(deps: Pick<DomainDeps, 'rounds'>, actor: Actor, id: string): Promise<Round> {
  const { round, reports } = await deps.rounds.getWithReports(id);
  if (!round) throw new NotFound('No such round.');
  return presentRound(round, reports, actor);
}

/**
 * Rounds, newest first. An open round is the members' work in progress: anonymous visitors see
 * the closed ones, whose results are published. The secretariat also learns how many of the
 * organisations asked have answered (one Query of each round's partition; rounds are few), a
 * member whether their organisation is asked.
 */
export async function listRounds(
  deps: Pick<DomainDeps, 'rounds'>,
  actor: Actor,
  query: { limit: number; cursor?: string },
): Promise<{ items: RoundSummary[]; nextCursor: string | null }> {
  const page = await deps.rounds.list(query);
  const shown = page.items.filter((round) => actor || round.status === 'closed');
  const key = actor ? organisationKey(actor.organisation) : null;
  const items = await Promise.all(
    shown.map(async ({ id, occasion, name, deadline, status, openedAt, closedAt, addressees }) => ({
      id,
      occasion,
      name,
      deadline,
      status,
      openedAt,
      closedAt,
      answers: isSecretariat(actor) ? await answersOf(deps, id, addressees.length) : null,
      asksYourOrganisation: actor?.role === 'member' && addressees.some((addressee) => addressee.key === key),
    })),
  );
  return { items, nextCursor: page.nextCursor };
}

async function answersOf(deps: Pick<DomainDeps, 'rounds'>, id: string, asked: number) {
  const { reports } = await deps.rounds.getWithReports(id);
  return { asked, answered: new Set(reports.map((report) => report.organisationKey)).size };
}

const unprocessable = (code: string, message: string, fields: FieldError[]) =>
  new UnprocessableContent(code, message, fields);

/**
 * Opens a round: what is asked (the named recommendations, or every one still open), of whom
 * (each member organisation of an addressed kind, or named), until when. The request mail is
 * written through the outbox in the same transaction (ARCHITECTURE.md, "Mail outbox").
 */
export async function openRound(deps: RoundDeps, actor: Member, input: OpenRound): Promise<Round> {
  const now = deps.now();
  if (Date.parse(input.deadline) <= now.getTime()) {
    throw unprocessable('deadline-in-the-past', 'The deadline must be in the future.', [
      { field: 'deadline', code: 'in-the-past', message: 'Give a deadline in the future.' },
    ]);
  }
  let records = input.recommendations
    ? await deps.recommendations.getMany(input.recommendations)
    : (await allRecommendations(deps, { publicOnly: false })).filter((r) => openStatuses.includes(r.status));
  if (input.recommendations) {
    const found = new Map(records.filter((r) => !r.withdrawn).map((r) => [r.id, r]));
    const missing = input.recommendations
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ index }) => ({
        field: `recommendations.${index}`,
        code: 'unknown-recommendation',
        message: 'No such followed recommendation.',
      }));
    if (missing.length > 0) throw unprocessable('unknown-recommendation', 'Some recommendations are unknown.', missing);
    records = [...new Set(input.recommendations)].map((id) => found.get(id) as (typeof records)[number]);
  }
  const members = await answeringMembers(deps);
  const knownOrganisations = new Set(members.map((member) => organisationKey(member.organisation)));
  const inRound = new Set(records.map((r) => r.id));
  const namedProblems: FieldError[] = [];
  for (const [index, named] of input.named.entries()) {
    if (!inRound.has(named.recommendation)) {
      namedProblems.push({
        field: `named.${index}.recommendation`,
        code: 'not-in-round',
        message: 'Name organisations for recommendations the round asks about.',
      });
    }
    if (!knownOrganisations.has(organisationKey(named.organisation))) {
      namedProblems.push({
        field: `named.${index}.organisation`,
        code: 'unknown-organisation',
        message: 'No active member belongs to this organisation.',
      });
    }
  }
  if (namedProblems.length > 0)
    throw unprocessable('invalid-named', 'Some named organisations are not usable.', namedProblems);
  const recommendations: RoundRecommendation[] = records.map((record) => ({
    id: record.id,
    sessionId: record.sessionId,
    number: record.number,
    theme: record.theme,
    text: record.text,
    addressees: record.addressees,
    visibility: record.visibility,
    named: input.named.filter((n) => n.recommendation === record.id).map((n) => n.organisation),
    statusAtOpening: record.status,
    statusAtClose: null,
  }));
  const addressees = addresseesOf(members, recommendations);
  if (addressees.length === 0) {
    throw unprocessable('no-addressees', 'No member organisation is addressed by these recommendations.', [
      { field: 'recommendations', code: 'no-addressees', message: 'No member organisation would be asked.' },
    ]);
  }
  const at = now.toISOString();
  const round: StoredRound = {
    id: newId(now),
    occasion: input.occasion,
    name: input.name ?? defaultRoundName(input.occasion, input.deadline),
    deadline: new Date(input.deadline).toISOString(),
    status: 'open',
    openedAt: at,
    closedAt: null,
    recommendations,
    addressees,
    results: null,
    updatedAt: at,
    version: 1,
  };
  await deps.rounds.open(
    round,
    auditEvent(
      now,
      actor,
      'round.opened',
      { type: 'round', id: round.id },
      `Opened "${round.name.en}": ${recommendations.length} recommendations, ${addressees.length} organisations`,
    ),
    [roundMessage('round-request', 'round-addressees', round.id, now)],
  );
  return presentRound(round, [], actor);
}

/** The reports of a round: all of them for the secretariat, a member's organisation's own for a member. */
export async function roundReports(
  deps: Pick<DomainDeps, 'rounds'>,
  actor: Member,
  id: string,
): Promise<{ items: ProgressReport[] }> {
  const { round, reports } = await deps.rounds.getWithReports(id);
  if (!round) throw new NotFound('No such round.');
  const key = organisationKey(actor.organisation);
  const shown = isSecretariat(actor) ? reports : reports.filter((report) => report.organisationKey === key);
  return { items: shown.map(({ organisationKey: _key, ...report }) => report) };
}

/** One report per recommendation and organisation in a round: sent again, it replaces the last. */
const reportIdOf = (roundId: string, recommendationId: string, organisation: string) =>
  createHash('sha256').update(`${roundId}\n${recommendationId}\n${organisation}`).digest('base64url').slice(0, 22);

/**
 * A member reports progress on a recommendation addressed to their organisation (by its kind
 * or by name), until the deadline: text in Azerbaijani and/or English, the status it claims, and
 * evidence documents uploaded before (checked and available, uploaded by the member or public).
 */
export async function submitReport(
  deps: RoundDeps,
  actor: Member,
  roundId: string,
  recommendationId: string,
  input: ProgressReportInput,
): Promise<ProgressReport> {
  const { round, reports } = await deps.rounds.getWithReports(roundId);
  if (!round) throw new NotFound('No such round.');
  if (round.status !== 'open') throw new Conflict('round-closed', 'The round is closed.');
  const now = deps.now();
  if (Date.parse(round.deadline) <= now.getTime()) {
    throw new Conflict('deadline-passed', 'The round’s deadline has passed.');
  }
  if (!round.recommendations.some((r) => r.id === recommendationId)) {
    throw new NotFound('The round does not ask about this recommendation.');
  }
  const key = organisationKey(actor.organisation);
  const addressee = round.addressees.find((a) => a.key === key);
  if (isSecretariat(actor) || !addressee?.recommendations.includes(recommendationId)) {
    throw new Forbidden('This recommendation is not addressed to your organisation.', 'not-addressed');
  }
  const documentProblems: FieldError[] = [];
  for (const [index, id] of input.documents.entries()) {
    const document = await deps.documents.get(id);
    if (document?.status !== 'available' || (document.uploaderId !== actor.id && document.visibility !== 'public')) {
      documentProblems.push({
        field: `documents.${index}`,
        code: 'unknown-document',
        message: 'Upload the document first; it must be checked and available.',
      });
    }
  }
  if (documentProblems.length > 0) {
    throw unprocessable('unknown-document', 'Some evidence documents are not usable.', documentProblems);
  }
  const id = reportIdOf(roundId, recommendationId, key);
  const before = reports.find((report) => report.id === id);
  if (before?.review) throw new Conflict('already-reviewed', 'This report has been reviewed already.');
  const after: StoredReport = {
    id,
    roundId,
    recommendationId,
    organisation: addressee.organisation,
    organisationKey: key,
    organisationType: addressee.kind,
    memberId: actor.id,
    memberName: actor.name,
    text: input.text,
    status: input.status,
    documents: input.documents,
    submittedAt: now.toISOString(),
    review: null,
    version: (before?.version ?? 0) + 1,
  };
  await deps.rounds.saveReport(
    before,
    after,
    auditEvent(
      now,
      actor,
      'round.report-submitted',
      { type: 'recommendation', id: recommendationId },
      `${addressee.organisation} reported "${input.status}" in round ${roundId}`,
    ),
  );
  const { organisationKey: _key, ...report } = after;
  return report;
}

/**
 * The secretariat reviews a report: it accepts the claimed status, or records its own
 * assessment with a reason in both languages. Either is a dated entry of the recommendation's
 * history, written with its new status and the audit event in one transaction.
 */
export async function reviewReport(
  deps: RoundDeps & Pick<DomainDeps, 'edgeCache'>,
  actor: Member,
  roundId: string,
  reportId: string,
  input: ReviewInput,
): Promise<ProgressReport> {
  const { round, reports } = await deps.rounds.getWithReports(roundId);
  if (!round) throw new NotFound('No such round.');
  const report = reports.find((r) => r.id === reportId);
  if (!report) throw new NotFound('No such report.');
  if (round.status !== 'open') throw new Conflict('round-closed', 'The round is closed.');
  if (report.review) throw new Conflict('already-reviewed', 'This report has been reviewed already.');
  const recommendation = await deps.recommendations.get(report.recommendationId);
  if (!recommendation) throw new NotFound('No such recommendation.');
  const now = deps.now();
  const at = now.toISOString();
  const accepted = input.decision === 'accept';
  const status: RecommendationStatus = accepted ? report.status : input.status;
  const change: RecommendationChange = {
    id: newId(now),
    at,
    kind: accepted ? 'report-accepted' : 'assessment',
    roundId,
    from: recommendation.status,
    status,
    organisation: accepted ? report.organisation : null,
    text: accepted ? report.text : input.reason,
    documents: accepted ? report.documents : [],
  };
  const reportAfter: StoredReport = {
    ...report,
    review: {
      decision: accepted ? 'accepted' : 'assessed',
      status,
      reason: accepted ? null : input.reason,
      by: actor.name,
      at,
    },
    version: report.version + 1,
  };
  await updateVersioned(now, {
    actor,
    before: recommendation,
    after: { ...recommendation, status, latestChange: change },
    event: () => ({
      action: accepted ? 'recommendation.report-accepted' : 'recommendation.assessed',
      entity: { type: 'recommendation', id: recommendation.id },
      summary: accepted
        ? `Accepted the report of ${report.organisation}: ${recommendation.status} → ${status}`
        : `Assessed: ${recommendation.status} → ${status}. ${input.decision === 'assess' ? input.reason.en : ''}`,
    }),
    otherChanges: { status: { from: recommendation.status, to: status } },
    write: (before, after, event) =>
      deps.rounds.review({ before: report, after: reportAfter }, { before, after }, change, event),
  });
  await dropStaleAnswers(deps, recommendationAnswers(recommendation.visibility));
  const { organisationKey: _key, ...shown } = reportAfter;
  return shown;
}

/**
 * Closes a round and publishes its results: each recommendation's status at closing beside its
 * status at opening. The followers of the themes asked about hear of it (outbox, same transaction).
 */
export async function closeRound(deps: RoundDeps, actor: Member, id: string): Promise<Round> {
  const { round, reports } = await deps.rounds.getWithReports(id);
  if (!round) throw new NotFound('No such round.');
  if (round.status !== 'open') throw new Conflict('round-closed', 'The round is closed already.');
  const now = deps.now();
  const current = new Map(
    (await deps.recommendations.getMany(round.recommendations.map((r) => r.id))).map((r) => [r.id, r.status]),
  );
  const after: StoredRound = {
    ...round,
    status: 'closed',
    closedAt: now.toISOString(),
    recommendations: round.recommendations.map((r) => ({
      ...r,
      statusAtClose: current.get(r.id) ?? r.statusAtOpening,
    })),
    updatedAt: now.toISOString(),
    version: round.version + 1,
  };
  const anyPublic = after.recommendations.some((r) => r.visibility === 'public');
  await deps.rounds.close(
    round,
    after,
    auditEvent(now, actor, 'round.closed', { type: 'round', id }, `Closed "${round.name.en}"`),
    anyPublic ? [roundMessage('round-results', 'round-followers', id, now)] : [],
  );
  // A closed round's page is a new page of the sitemap.
  await dropStaleAnswers(deps, ['sitemap']);
  return presentRound(after, reports, actor);
}

export interface RoundReminderScope {
  /** Only these rounds (a test drives the job over its own). */
  roundIds?: string[];
}

/**
 * The reminders job (hourly, with the sessions' reminders): an open round whose deadline is
 * within a week gets one reminder, to the members of addressee organisations that have not
 * answered when the worker takes it. Its message id is the round's, so it is written once.
 */
export async function sendRoundReminders(
  deps: Pick<DomainDeps, 'rounds' | 'now'>,
  scope: RoundReminderScope = {},
): Promise<WalkCounts> {
  async function* openRounds(): AsyncGenerator<string> {
    if (scope.roundIds) {
      yield* scope.roundIds;
      return;
    }
    let cursor: string | undefined;
    do {
      const page = await deps.rounds.list({ limit: 50, cursor });
      for (const round of page.items) if (round.status === 'open') yield round.id;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return walkRecords(openRounds(), String, async (id) => {
    const { round } = await deps.rounds.getWithReports(id);
    const now = deps.now();
    const deadline = round ? Date.parse(round.deadline) : 0;
    if (round?.status !== 'open' || deadline <= now.getTime()) return 'skipped';
    if (deadline - now.getTime() > roundReminderLeadMs) return 'skipped';
    const message = roundMessage('round-reminder', 'round-unanswered', id, now, `round-reminder-${id}`);
    return (await deps.rounds.addReminder(message)) ? 'done' : 'skipped';
  });
}
