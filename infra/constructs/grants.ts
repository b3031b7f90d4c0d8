import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IndexName } from '#functions/data/table-definition.ts';
import { acknowledgeWildcardResource } from '../nag.ts';
import type { PortalFunction } from './portal-function.ts';

/**
 * The item actions a function may be granted on the table. Scan is not among them on purpose: no
 * request path may scan the table, and IAM enforces it. Transactions need no action of their own;
 * DynamoDB checks each item action inside them (a Put needs PutItem, a ConditionCheck
 * ConditionCheckItem).
 */
export type TableItemAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:Query'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:BatchWriteItem'
  | 'dynamodb:ConditionCheckItem';

export interface TableAccess {
  /** Actions on the table's own items, named one by one so there is no wildcard. */
  readonly items: readonly TableItemAction[];
  /** The global secondary indexes the function queries (Query is all an index needs). */
  readonly queries?: readonly IndexName[];
}

/** Grants a function exactly the table actions it uses, on the table and the indexes it queries. */
export function grantTableItems(fn: PortalFunction, table: ITable, access: TableAccess): void {
  if (access.items.length > 0) {
    fn.addToRolePolicy(new PolicyStatement({ actions: [...access.items], resources: [table.tableArn] }));
  }
  const indexes = access.queries ?? [];
  if (indexes.length > 0) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: indexes.map((indexName) => `${table.tableArn}/index/${indexName}`),
      }),
    );
  }
}

/** The object actions a function may be granted on the documents bucket. */
export type DocumentObjectAction = 's3:GetObject' | 's3:GetObjectVersion' | 's3:PutObject' | 's3:DeleteObject';

/**
 * Object actions on the keys under one prefix of a bucket. The keys themselves are made up at run
 * time (one per upload and version), so the resource ends in a wildcard, which is acknowledged for
 * that one ARN. DeleteObject leaves a delete marker in the versioned bucket; destroying a version
 * (DeleteObjectVersion) is never granted.
 */
export function grantDocumentObjects(
  fn: PortalFunction,
  bucket: IBucket,
  prefix: string,
  actions: readonly DocumentObjectAction[],
): void {
  if (!prefix.endsWith('/')) throw new Error(`A key prefix ends with "/", got ${JSON.stringify(prefix)}.`);
  const objects = bucket.arnForObjects(`${prefix}*`);
  fn.addToRolePolicy(new PolicyStatement({ actions: [...actions], resources: [objects] }));
  acknowledgeWildcardResource(
    fn.executionRole,
    objects,
    `Keys under ${prefix} are made up at run time (one per upload and version); the grant covers this prefix of one bucket and named actions only.`,
  );
}

/**
 * s3:ListBucket on the bucket itself (no objects). HeadBucket needs it, and with it S3 answers a
 * read of a missing key with 404 NoSuchKey rather than 403 AccessDenied.
 */
export function grantBucketListing(fn: PortalFunction, bucket: IBucket): void {
  fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
}
