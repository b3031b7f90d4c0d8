import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { Conflict, PreconditionFailed } from '#functions/errors.ts';
import type { AuditEvent } from '#shared/schemas/audit.ts';
import type { FollowedRecommendation, RecommendationChange } from '#shared/schemas/recommendation.ts';
import { progressReportSchema, roundAddresseeSchema, roundSchema } from '#shared/schemas/round.ts';
import { auditPut } from './audit.ts';
import { dynamo } from './clients.ts';
import { itemReader } from './items.ts';
import { roundKeys, timeSortKey } from './keys.ts';
import { type OutboxMessage, outboxPut } from './outbox-items.ts';
import { recommendationChangePut, recommendationPut } from './recommendations.ts';
import { cancellationCodes, queryAll, queryPage, tableName, versionedPut } from './table.ts';

/**
 * Monitoring rounds (ARCHITECTURE.md, "Recommendations followed through"): `ROUND#<id>` holds the
 * round (`META`: what was asked, of whom, and once closed its results) and its progress reports
 * (`REPORT#<reportId>`, one per recommendation and organisation), so the round page is one Query.
 * GSI1 `ROUNDS` lists rounds, newest first.
 */
const storedAddresseeSchema = z.extend(z.omit(roundAddresseeSchema, { answered: true }), { key: z.string() });
const storedRoundSchema = z.extend(roundSchema, { addressees: z.array(storedAddresseeSchema) });
export type StoredRound = z.infer<typeof storedRoundSchema>;
export type StoredAddressee = z.infer<typeof storedAddresseeSchema>;

const storedReportSchema = z.extend(progressReportSchema, { organisationKey: z.string() });
export type StoredReport = z.infer<typeof storedReportSchema>;

const fromRoundItem = itemReader(storedRoundSchema, { closedAt: null, results: null });
const fromReportItem = itemReader(storedReportSchema, { review: null });

const roundItem = (round: StoredRound) => ({
  ...roundKeys.meta(round.id),
  type: 'round',
  GSI1PK: roundKeys.all,
  GSI1SK: timeSortKey(round.openedAt, round.id),
  ...round,
});

const reportItem = (report: StoredReport) => ({
  ...roundKeys.report(report.roundId, report.id),
  type: 'progress-report',
  ...report,
});

/** Reports and reviews are taken only while the round is open (reports also until its deadline). */
function roundOpenCheck(roundId: string, before?: string) {
  return {
    ConditionCheck: {
      TableName: tableName(),
      Key: roundKeys.meta(roundId),
      ConditionExpression: before ? '#status = :open AND deadline > :now' : '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':open': 'open', ...(before ? { ':now': before } : {}) },
    },
  };
}

async function transact(items: unknown[], closedCheckAt?: number): Promise<void> {
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items as never }));
  } catch (error) {
    const codes = cancellationCodes(error);
    if (closedCheckAt !== undefined && codes?.[closedCheckAt] === 'ConditionalCheckFailed') {
      throw new Conflict('round-closed', 'The round no longer takes reports or reviews.');
    }
    if (codes?.includes('ConditionalCheckFailed')) throw new PreconditionFailed();
    throw error;
  }
}

export const roundsRepository = {
  /** The round and its reports: one Query of its partition. */
  async getWithReports(id: string): Promise<{ round?: StoredRound; reports: StoredReport[] }> {
    const items = await queryAll({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': roundKeys.partition(id) },
      ConsistentRead: true,
    });
    const meta = items.find((item) => item.SK === 'META');
    return {
      round: meta ? fromRoundItem(meta) : undefined,
      reports: items.filter((item) => String(item.SK).startsWith(roundKeys.reportPrefix)).map(fromReportItem),
    };
  },

  async list(options: { limit: number; cursor?: string }) {
    const result = await queryPage(
      {
        TableName: tableName(),
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': roundKeys.all },
        ScanIndexForward: false,
        Limit: options.limit,
      },
      options.cursor,
    );
    return { items: result.items.map(fromRoundItem), nextCursor: result.nextCursor };
  },

  /** Opens a round: the round, its audit event and its request mail in one transaction. */
  async open(round: StoredRound, event: AuditEvent, messages: OutboxMessage[]): Promise<void> {
    await transact([versionedPut(roundItem(round), undefined), auditPut(event), ...messages.map(outboxPut)]);
  },

  /** A report, new or sent again, while the round is open and before its deadline. */
  async saveReport(before: StoredReport | undefined, after: StoredReport, event: AuditEvent): Promise<void> {
    await transact(
      [roundOpenCheck(after.roundId, after.submittedAt), versionedPut(reportItem(after), before), auditPut(event)],
      0,
    );
  },

  /** A review: the report's decision, the recommendation's status and history entry, and the audit event. */
  async review(
    report: { before: StoredReport; after: StoredReport },
    recommendation: { before: FollowedRecommendation; after: FollowedRecommendation },
    change: RecommendationChange,
    event: AuditEvent,
  ): Promise<void> {
    await transact(
      [
        roundOpenCheck(report.after.roundId),
        versionedPut(reportItem(report.after), report.before),
        recommendationPut(recommendation.before, recommendation.after),
        recommendationChangePut(recommendation.after.id, change),
        auditPut(event),
      ],
      0,
    );
  },

  /** Closes a round with its results, and tells the themes' followers (outbox), in one transaction. */
  async close(before: StoredRound, after: StoredRound, event: AuditEvent, messages: OutboxMessage[]): Promise<void> {
    await transact([versionedPut(roundItem(after), before), auditPut(event), ...messages.map(outboxPut)]);
  },

  /** The reminder of a round, written at most once (its id is the round's) and only while it is open. */
  async addReminder(message: OutboxMessage & { roundId: string }): Promise<boolean> {
    try {
      await dynamo().send(
        new TransactWriteCommand({ TransactItems: [roundOpenCheck(message.roundId), outboxPut(message)] as never }),
      );
      return true;
    } catch (error) {
      if (cancellationCodes(error)?.some((code) => code === 'ConditionalCheckFailed')) return false;
      throw error;
    }
  },
};

export type RoundsRepository = typeof roundsRepository;
