import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '#functions/config.ts';
import type { MailDeps } from '#functions/domain/mail-deps.ts';
import { runMessagePass } from '#functions/domain/mail-worker.ts';
import { createLogger, type Logger } from '#functions/log.ts';
import { defaultDeps } from '#functions/wiring.ts';
import { eventHandler } from './handler.ts';

/** Time kept back from the invocation's end for ending the pass (touching or closing the message). */
const marginMs = 15_000;

export async function mailDeps(): Promise<MailDeps> {
  const [{ outbox }, { mailSuppressions }] = await Promise.all([
    import('#functions/data/outbox.ts'),
    import('#functions/data/mail-suppressions.ts'),
  ]);
  const settings = config();
  return {
    ...defaultDeps(),
    outbox,
    mailSuppressions,
    mailRate: {
      perSecond: settings.MAIL_SEND_RATE,
      lanes: settings.MAIL_SEND_LANES,
      backoffMs: settings.MAIL_BACKOFF_MS,
      sendsPerPass: settings.MAIL_SENDS_PER_PASS,
    },
  };
}

/**
 * The mail worker (ARCHITECTURE.md, "Mail outbox"): the table's stream, filtered to outbox
 * messages with work left, hands it their records; each message gets one pass. Records of one
 * message arrive in order, so it takes each message once per batch, as its latest record left it.
 * A message whose pass fails is reported alone (ReportBatchItemFailures): the stream retries from
 * it, and after the retries the record goes to the dead-letter queue, whose alarm calls a person.
 */
export async function sendOutbox(
  event: DynamoDBStreamEvent,
  context: Pick<Context, 'getRemainingTimeInMillis'>,
  log: Logger = createLogger({ handler: 'mail-worker' }),
) {
  const deps = await mailDeps();
  const latest = new Map<string, string>();
  for (const record of event.Records ?? []) {
    const id = record.dynamodb?.NewImage?.id?.S;
    const sequence = record.dynamodb?.SequenceNumber;
    if (id && sequence) latest.set(id, sequence);
  }
  const failures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const [messageId, sequence] of latest) {
    if (failures.length > 0) {
      // Lambda retries from the first failure on, so later records are reported with it.
      failures.push({ itemIdentifier: sequence });
      continue;
    }
    try {
      const result = await runMessagePass(deps, messageId, {
        deadline: Date.now() + Math.max(1_000, context.getRemainingTimeInMillis() - marginMs),
        maxSends: deps.mailRate.sendsPerPass,
      });
      log.info('message pass', { messageId, result });
    } catch (error) {
      log.error('message pass failed', { messageId, error: error instanceof Error ? error.message : String(error) });
      failures.push({ itemIdentifier: sequence });
    }
  }
  return { batchItemFailures: failures } satisfies DynamoDBBatchResponse;
}

// The partial batch failure answer still reaches Lambda: eventHandler returns what run answers.
export const handler = eventHandler<DynamoDBStreamEvent, DynamoDBBatchResponse>('mail-worker', (event, log, context) =>
  sendOutbox(event, context, log),
);
