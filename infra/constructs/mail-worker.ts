import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { ConfigurationSet, EmailSendingEvent, EventDestination, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { mailStreamFilter } from '#functions/events/mail-stream-filter.ts';
import { acknowledgeWildcardResource } from '../nag.ts';
import { grantTableItems } from './grants.ts';
import { PortalFunction } from './portal-function.ts';

export interface MailWorkerProps {
  /** The table, with its stream (NEW_IMAGE): the worker reads its outbox messages from it. */
  readonly table: ITable;
  readonly bucketName: string;
  readonly portalOrigin: string;
  readonly mailFrom: string;
  /** Sends per second of one worker; with `concurrency` workers, keep the product under SES's quota. */
  readonly sendRate?: number;
  /** The worker's reserved concurrency: at most this many invocations send at once. */
  readonly concurrency?: number;
  /** Stream records handed over in one invocation. */
  readonly batchSize?: number;
  /**
   * Where stream records and feedback events that still fail end up: the events group's Failures
   * queue, which already has its alarm (infra/constructs/alarms.ts).
   */
  readonly deadLetters: IQueue;
}

/** SES's sending quota of a new production account is 14 a second: one worker stays under it. */
const defaultSendRate = 12;

/**
 * The mail worker and what it needs (ARCHITECTURE.md, "Mail outbox"):
 * - the worker, fed by the table's stream filtered to outbox messages with work left, with a
 *   reserved concurrency, a batch size, retries that split a failing batch and report single
 *   failed records, and the dead-letter queue (with its alarm) for records that still fail;
 * - an SES configuration set whose bounce and complaint events go to the default EventBridge bus,
 *   and a rule that hands them to the feedback handler;
 * - grants: only the worker may send through the configuration set (the bulk mail); the API keeps
 *   its one sender-pinned SendEmail for the sign-in link someone is waiting for.
 */
export class MailWorker extends Construct {
  readonly worker: PortalFunction;
  readonly feedback: PortalFunction;
  readonly reminders: PortalFunction;
  readonly deadLetters: IQueue;
  readonly configurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: MailWorkerProps) {
    super(scope, id);
    const concurrency = props.concurrency ?? 1;

    this.deadLetters = props.deadLetters;

    // SES's own suppression list too: a second line of defence behind the portal's address marks.
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    const environment = {
      TABLE_NAME: props.table.tableName,
      BUCKET_NAME: props.bucketName,
      PORTAL_ORIGIN: props.portalOrigin,
      MAIL_FROM: props.mailFrom,
      MAIL_CONFIGURATION_SET: this.configurationSet.configurationSetName,
      MAIL_SEND_RATE: String(props.sendRate ?? defaultSendRate),
      MAIL_SEND_LANES: '4',
      MAIL_BACKOFF_MS: '1000',
      MAIL_SENDS_PER_PASS: '2000',
    };

    this.worker = new PortalFunction(this, 'Worker', {
      entry: 'functions/events/mail-worker.ts',
      description:
        'Mail worker: sends the outbox messages the table stream hands it, one delivery per recipient, at most once each',
      // A pass ends 15 s before the timeout and touches the message: the next invocation goes on.
      timeout: Duration.minutes(5),
      reservedConcurrentExecutions: concurrency,
      environment,
    });
    this.worker.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: props.batchSize ?? 10,
        maxBatchingWindow: Duration.seconds(1),
        parallelizationFactor: 1,
        retryAttempts: 5,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        maxRecordAge: Duration.hours(6),
        onFailure: new SqsDlq(this.deadLetters),
        filters: [FilterCriteria.filter(mailStreamFilter as unknown as Record<string, unknown>)],
      }),
    );
    this.grantWorker(props);

    this.feedback = new PortalFunction(this, 'Feedback', {
      entry: 'functions/events/mail-feedback.ts',
      description: 'Mail feedback: marks addresses that bounced hard or complained, ends their follows',
      timeout: Duration.seconds(30),
      environment,
    });
    new Rule(this, 'FeedbackRule', {
      description: 'SES bounce and complaint events of the portal configuration set',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(this.feedback, { deadLetterQueue: this.deadLetters, retryAttempts: 4 })],
    });
    this.grantFeedback(props);

    this.reminders = new PortalFunction(this, 'Reminders', {
      entry: 'functions/events/reminders.ts',
      description: 'Hourly: writes the reminder of each scheduled session starting within a day, once per session',
      timeout: Duration.minutes(1),
      environment,
    });
    new Rule(this, 'RemindersSchedule', {
      description: 'Every hour: reminders of the sessions of the next day',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(this.reminders, { deadLetterQueue: this.deadLetters, retryAttempts: 2 })],
    });
    // Lists scheduled sessions by start (Query on GSI2), reads each (GetItem), and writes the reminder
    // only while the session is scheduled (a transaction of a ConditionCheck and a PutItem).
    grantTableItems(this.reminders, props.table, {
      items: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:ConditionCheckItem'],
      queries: ['GSI2'],
    });
    for (const fn of [this.worker, this.feedback, this.reminders]) {
      Validations.of(fn).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          "The worker's failed stream records go to the event source's on-failure queue; the feedback handler's failed events go to the EventBridge target's dead-letter queue (the same queue).",
      });
    }
  }

  /**
   * Reads messages and deliveries (GetItem, Query), members and answers (GetItem, Query, GSI1 for
   * the member list, followers and a session's messages), address marks (BatchGetItem); writes
   * deliveries (PutItem), claims and settles them (UpdateItem), ends a pass (UpdateItem, and a
   * transaction with the audit event's PutItem). Sends through the configuration set only.
   */
  private grantWorker(props: MailWorkerProps): void {
    grantTableItems(this.worker, props.table, {
      items: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      queries: ['GSI1'],
    });
    const stack = Stack.of(this);
    const identities = stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' });
    const configurationSet = stack.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    this.worker.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [identities, configurationSet],
        conditions: { StringEquals: { 'ses:FromAddress': props.mailFrom } },
      }),
    );
    acknowledgeWildcardResource(
      this.worker.executionRole,
      identities,
      'SES authorizes against the identities of sender and (in the sandbox) recipients; the ses:FromAddress condition pins the sender.',
    );
  }

  /**
   * Finds the member by address (GetItem), marks the address with its audit event (PutItem, in a
   * transaction), finds and ends its follows (Query, DeleteItem), marks the delivery (UpdateItem).
   */
  private grantFeedback(props: MailWorkerProps): void {
    grantTableItems(this.feedback, props.table, {
      items: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
    });
  }
}
