import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { objectPrefixes } from '#functions/data/object-keys.ts';
import { tableDefinition } from '#functions/data/table-definition.ts';

export interface DataProps {
  readonly accessLogs: IBucket;
}

/**
 * Where objects live in the documents bucket, as functions/data/object-keys.ts spells them:
 * presigned uploads land under `pending/`, and the upload check moves each one it accepts to
 * `documents/<id>/v<n>`. Grants and the lifecycle rules are scoped by these prefixes.
 */
export const documentKeys = objectPrefixes;

/** Uploads still pending after this long are abandoned; the hourly cleanup rejects them after a day. */
const pendingExpiry = Duration.days(2);
/** How long an overwritten or deleted object version stays restorable. */
const noncurrentExpiry = Duration.days(90);

/** The portal's state: the single DynamoDB table and the documents bucket. Both outlive the stack. */
export class Data extends Construct {
  readonly table: Table;
  readonly documents: Bucket;
  /**
   * Where browsers upload documents to, as a content-security-policy source. It names the region's
   * S3 hosts rather than this bucket's own: the bucket's CORS rule names the portal's origin (the
   * distribution), so a distribution header naming the bucket would be a cycle CloudFormation
   * refuses.
   */
  readonly uploadOrigin: string;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: tableDefinition.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDefinition.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      stream: StreamViewType[tableDefinition.streamViewType],
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableDefinition.globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    this.documents = new Bucket(this, 'Documents', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      lifecycleRules: [
        {
          id: 'PendingUploads',
          prefix: documentKeys.pending,
          // Belt and braces next to the cleanup function: nothing unchecked stays for long. Each
          // accepted upload leaves a noncurrent version behind (copied away, then deleted); it is
          // a copy of a stored document, so it goes after a day rather than after 90.
          expiration: pendingExpiry,
          noncurrentVersionExpiration: Duration.days(1),
        },
        {
          id: 'OldVersions',
          noncurrentVersionExpiration: noncurrentExpiry,
          // A delete marker with no version left behind it only clutters listings.
          expiredObjectDeleteMarker: true,
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
    });
    const stack = Stack.of(this);
    this.uploadOrigin = `https://*.s3.${stack.region}.${stack.urlSuffix}`;
  }

  /**
   * Lets pages of the portal's origin POST files straight to the bucket (presigned POST). The
   * upload progress listener makes the browser send a preflight, hence the headers rule.
   */
  allowBrowserUploadsFrom(origin: string): void {
    this.documents.addCorsRule({
      allowedOrigins: [origin],
      allowedMethods: [HttpMethods.POST],
      allowedHeaders: ['*'],
      exposedHeaders: ['ETag', 'Location'],
      maxAge: 3600,
    });
  }
}
