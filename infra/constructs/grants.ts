import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { tableDefinition } from '#functions/data/table-definition.ts';
import { acknowledgeWildcardResource } from '../nag.ts';
import type { PortalFunction } from './portal-function.ts';

/**
 * Item reads and writes on the table and its indexes, named one by one so there is no wildcard.
 * Scan is left out on purpose: no request path may scan the table, and IAM enforces it.
 * Transactions need no action of their own; DynamoDB checks each item action inside them.
 */
export function grantTableItems(fn: PortalFunction, table: ITable): void {
  const indexArns = tableDefinition.globalSecondaryIndexes.map(
    ({ indexName }) => `${table.tableArn}/index/${indexName}`,
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DescribeTable',
      ],
      resources: [table.tableArn, ...indexArns],
    }),
  );
}

/**
 * Object actions on every key of one bucket: document keys are made up at run time, one per
 * upload and version. DeleteObject leaves a delete marker in the versioned bucket; destroying a
 * version (DeleteObjectVersion) is not granted.
 */
export function grantDocumentObjects(fn: PortalFunction, bucket: IBucket, actions: string[]): void {
  const objects = bucket.arnForObjects('*');
  fn.addToRolePolicy(new PolicyStatement({ actions, resources: [objects] }));
  fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  acknowledgeWildcardResource(
    fn.executionRole,
    objects,
    'Document keys are made up at run time (one per upload and version); the grant covers this one bucket and named actions only.',
  );
}
