import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { S3EventSourceV2 } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from '../nag.ts';
import { documentKeys } from './data.ts';
import { grantBucketListing, grantDocumentObjects, grantTableItems } from './grants.ts';
import { PortalFunction } from './portal-function.ts';

export interface EventsProps {
  readonly table: ITable;
  readonly documents: IBucket;
  /** The portal's origin and sender address: functions/config.ts requires them of every function. */
  readonly portalOrigin: string;
  readonly mailFrom: string;
}

/** Lambda retries a failed asynchronous invocation twice before it gives up on the event. */
const retryAttempts = 2;

/**
 * The events function group, mirroring functions/events/: the upload check, which S3 invokes for
 * every object created under the pending prefix, and the hourly cleanup of uploads that never
 * arrived. Both are invoked asynchronously, so an invocation that still fails after the retries
 * lands in the group's Failures queue (with the event and the error) instead of vanishing.
 */
export class Events extends Construct {
  readonly uploadCheck: PortalFunction;
  readonly cleanup: PortalFunction;
  readonly failures: Queue;

  constructor(scope: Construct, id: string, props: EventsProps) {
    super(scope, id);

    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const rule of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
      Validations.of(this.failures).acknowledge({
        id: rule,
        reason:
          'This queue is itself where failed invocations of the events functions end up; nothing consumes it automatically, an alarm calls a person.',
      });
    }
    const environment = {
      TABLE_NAME: props.table.tableName,
      BUCKET_NAME: props.documents.bucketName,
      PORTAL_ORIGIN: props.portalOrigin,
      MAIL_FROM: props.mailFrom,
    };

    this.uploadCheck = new PortalFunction(this, 'UploadCheck', {
      entry: 'functions/events/upload-check.ts',
      description: 'Checks an uploaded document (size, type, checksum) and marks it available or rejected',
      // Reads up to 100 MB objects to hash them.
      memorySize: 1024,
      timeout: Duration.minutes(2),
      onFailure: new SqsDestination(this.failures),
      retryAttempts,
      environment,
    });
    this.grantUploadCheck(props);
    this.uploadCheck.addEventSource(
      new S3EventSourceV2(props.documents, {
        events: [EventType.OBJECT_CREATED],
        filters: [{ prefix: documentKeys.pending }],
      }),
    );

    this.cleanup = new PortalFunction(this, 'Cleanup', {
      entry: 'functions/events/cleanup.ts',
      description:
        'Hourly: rejects document uploads announced but never received, and removes their objects; writes search postings left pending',
      timeout: Duration.minutes(1),
      onFailure: new SqsDestination(this.failures),
      retryAttempts,
      // The next hourly run does the same work; an older event is worth nothing.
      maxEventAge: Duration.hours(1),
      environment,
    });
    this.grantCleanup(props);
    this.scheduleHourly(this.cleanup);

    for (const fn of [this.uploadCheck, this.cleanup]) {
      Validations.of(fn).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          'Failed asynchronous invocations go to an on-failure destination (the Failures queue), which carries the error too.',
      });
    }
    this.acknowledgeNotificationsHandler();
  }

  /**
   * Reads the new object under pending/ (GetObject; also what CopyObject needs on its source),
   * copies it to documents/ (PutObject on the target) and deletes the pending one. ListBucket turns
   * the read of an object that is already gone into NoSuchKey, which the check skips, rather than
   * AccessDenied, which would fail the invocation. DynamoDB: one Query of the document's partition,
   * then a transaction of Puts (document, version, audit event) and perhaps a Delete (session link).
   */
  private grantUploadCheck(props: EventsProps): void {
    grantTableItems(this.uploadCheck, props.table, {
      items: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
    });
    grantDocumentObjects(this.uploadCheck, props.documents, documentKeys.pending, [
      's3:GetObject',
      // The copy names the exact version the check read (ARCHITECTURE.md, uploads).
      's3:GetObjectVersion',
      's3:DeleteObject',
    ]);
    grantDocumentObjects(this.uploadCheck, props.documents, documentKeys.stored, ['s3:PutObject']);
    grantBucketListing(this.uploadCheck, props.documents);
  }

  /**
   * Queries GSI1 for pending versions older than a day, reads each document (GetItem), deletes its
   * pending object, and writes a transaction of Puts and perhaps a Delete, as the upload check does.
   * Queries the partition of sessions whose search postings are pending, reads each catalog entry,
   * writes the postings (BatchWriteItem) and deletes the mark.
   */
  private grantCleanup(props: EventsProps): void {
    grantTableItems(this.cleanup, props.table, {
      items: [
        'dynamodb:GetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
      ],
      queries: ['GSI1'],
    });
    grantDocumentObjects(this.cleanup, props.documents, documentKeys.pending, ['s3:DeleteObject']);
  }

  /**
   * An EventBridge Scheduler schedule invokes the function every hour, asynchronously; a run that
   * Scheduler cannot even start lands in the Failures queue too. Its role may invoke this one
   * function, and only Scheduler, for a schedule of this account, may assume it.
   */
  private scheduleHourly(fn: PortalFunction): void {
    const stack = Stack.of(this);
    const role = new Role(this, 'CleanupScheduleRole', {
      description: 'EventBridge Scheduler invokes the hourly cleanup function',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': stack.formatArn({
              service: 'scheduler',
              resource: 'schedule-group',
              resourceName: 'default',
            }),
          },
        },
      }),
    });
    new Schedule(this, 'CleanupSchedule', {
      description: 'Every hour: the cleanup of abandoned document uploads',
      schedule: ScheduleExpression.rate(Duration.hours(1)),
      target: new LambdaInvoke(fn, {
        role,
        deadLetterQueue: this.failures,
        retryAttempts,
        maxEventAge: Duration.hours(1),
      }),
    });
    acknowledgeWildcardResource(
      role,
      `${fn.functionArn}:*`,
      "CDK's grantInvoke names the cleanup function's versions and aliases too (its ARN followed by :*); the role invokes that one function only.",
    );
  }

  /**
   * S3 notifications are configured by CDK's own handler (a Lambda function shared by the stack)
   * at deploy time; its policy is CDK's. (cdk-nag's Lambda rules do not apply to it: CDK declares
   * it as a plain CfnResource.)
   */
  private acknowledgeNotificationsHandler(): void {
    const handler = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith('BucketNotificationsHandler'),
    );
    if (!handler) throw new Error('CDK no longer names the S3 notifications handler BucketNotificationsHandler*.');
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'CDK bucket-notifications handler, run by CloudFormation at deploy time only: CDK attaches the basic execution policy so it can write its logs.',
    });
  }
}
