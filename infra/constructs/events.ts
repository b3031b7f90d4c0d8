import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { S3EventSourceV2 } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { grantDocumentObjects, grantTableItems } from './grants.ts';
import { PortalFunction } from './portal-function.ts';

export interface EventsProps {
  readonly table: ITable;
  readonly documents: Bucket;
  /** The portal's origin and sender address: functions/config.ts requires them of every function. */
  readonly portalOrigin: string;
  readonly mailFrom: string;
  /** Where presigned uploads land before they are checked. */
  readonly pendingPrefix?: string;
  /** The upload-check handler module; the default is the project's. */
  readonly uploadCheckEntry?: string;
}

/**
 * The events function group: the upload check, which S3 invokes for every object created under
 * the pending prefix. S3 invokes asynchronously, so a failure after the retries lands in a queue
 * (with the event and the error) instead of vanishing.
 */
export class Events extends Construct {
  readonly uploadCheck: PortalFunction;
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
        reason: 'This queue is itself where failed upload checks end up; nothing consumes it automatically.',
      });
    }

    this.uploadCheck = new PortalFunction(this, 'UploadCheck', {
      entry: props.uploadCheckEntry ?? 'functions/events/upload-check.ts',
      description: 'Checks an uploaded document (size, type, checksum) and marks it available or rejected',
      // Reads up to 100 MB objects to hash them.
      memorySize: 1024,
      timeout: Duration.minutes(2),
      onFailure: new SqsDestination(this.failures),
      retryAttempts: 2,
      environment: {
        TABLE_NAME: props.table.tableName,
        BUCKET_NAME: props.documents.bucketName,
        PORTAL_ORIGIN: props.portalOrigin,
        MAIL_FROM: props.mailFrom,
      },
    });
    grantTableItems(this.uploadCheck, props.table);
    grantDocumentObjects(this.uploadCheck, props.documents, [
      's3:GetObject',
      's3:GetObjectVersion',
      's3:PutObject',
      's3:DeleteObject',
    ]);
    Validations.of(this.uploadCheck).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Failed asynchronous invocations go to an on-failure destination (the Failures queue), which carries the error too.',
    });

    this.uploadCheck.addEventSource(
      new S3EventSourceV2(props.documents, {
        events: [EventType.OBJECT_CREATED],
        filters: [{ prefix: props.pendingPrefix ?? 'pending/' }],
      }),
    );
    this.acknowledgeNotificationsHandler();
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
