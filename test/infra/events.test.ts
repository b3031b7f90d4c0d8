import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantsOf, onlyResource, portalFunction, portalTemplate } from './support.ts';

let template: Template;
let failuresQueueArn: unknown;

beforeAll(() => {
  template = portalTemplate();
  const [queueId] = onlyResource(template, 'AWS::SQS::Queue');
  failuresQueueArn = { 'Fn::GetAtt': [queueId, 'Arn'] };
});

function environmentOf(name: 'uploadCheck' | 'cleanup'): Record<string, unknown> {
  const [, fn] = portalFunction(template, name);
  return (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
}

describe('events: upload check', () => {
  it('is invoked by S3 for objects created under pending/ in the documents bucket, and for nothing else', () => {
    const [functionId] = portalFunction(template, 'uploadCheck');
    const [documentsId] = onlyResource(template, 'AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
    const [, notifications] = onlyResource(template, 'Custom::S3BucketNotifications');
    expect(notifications.Properties).toMatchObject({
      BucketName: { Ref: documentsId },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'pending/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [functionId, 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 's3.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': [documentsId, 'Arn'] },
    });
  });

  it('sends an invocation that still fails after two retries to the failures queue', () => {
    const [functionId] = portalFunction(template, 'uploadCheck');
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: failuresQueueArn } },
    });
  });

  it('gets the configuration every function needs', () => {
    expect(Object.keys(environmentOf('uploadCheck'))).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'PORTAL_ORIGIN', 'MAIL_FROM']),
    );
  });

  it('reads and deletes only pending objects, writes only under documents/, and never destroys a version', () => {
    expect(grantsOf(template, 'uploadCheck', ['s3:'])).toEqual({
      // GetObject: the check reads the object; CopyObject needs it on the source too.
      's3:GetObject': ['Documents/pending/*'],
      // The copy is pinned to the version the check read.
      's3:GetObjectVersion': ['Documents/pending/*'],
      's3:DeleteObject': ['Documents/pending/*'],
      // CopyObject's target.
      's3:PutObject': ['Documents/documents/*'],
      // So that an object already gone reads as NoSuchKey, not AccessDenied.
      's3:ListBucket': ['Documents'],
    });
  });

  it("queries the document's partition and writes its items in a transaction, without indexes or scans", () => {
    expect(grantsOf(template, 'uploadCheck', ['dynamodb:'])).toEqual({
      'dynamodb:Query': ['Table'],
      'dynamodb:PutItem': ['Table'],
      'dynamodb:DeleteItem': ['Table'],
    });
  });
});

describe('events: cleanup', () => {
  it('runs every hour, invoked by EventBridge Scheduler through a role that may invoke this function only', () => {
    const [functionId, fn] = portalFunction(template, 'cleanup');
    expect(fn.Properties.Timeout).toBeLessThanOrEqual(300);
    const [, schedule] = onlyResource(template, 'AWS::Scheduler::Schedule');
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'rate(1 hour)',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [functionId, 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [expect.any(String), 'Arn'] },
        DeadLetterConfig: { Arn: failuresQueueArn },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      },
    });
    const roleId = (schedule.Properties.Target as { RoleArn: { 'Fn::GetAtt': [string, string] } }).RoleArn[
      'Fn::GetAtt'
    ][0];
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': Match.anyValue(), 'aws:SourceArn': Match.anyValue() } },
          }),
        ],
      },
    });
    const rolePolicies = template.findResources('AWS::IAM::Policy', {
      Properties: { Roles: [{ Ref: roleId }] },
    }) as Record<string, { Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown }[] } } }>;
    const statements = Object.values(rolePolicies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
    const invoke = statements.filter((statement) => statement.Action === 'lambda:InvokeFunction');
    expect(JSON.stringify(invoke.map((statement) => statement.Resource))).not.toMatch(/"\*"/);
    expect(JSON.stringify(invoke)).toContain(functionId);
    expect(statements.flatMap((statement) => [statement.Action].flat()).sort()).toEqual([
      'lambda:InvokeFunction',
      'sqs:SendMessage',
    ]);
  });

  it('sends a run that still fails after two retries to the failures queue, and drops one older than an hour', () => {
    const [functionId] = portalFunction(template, 'cleanup');
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 3600,
      DestinationConfig: { OnFailure: { Destination: failuresQueueArn } },
    });
  });

  it('gets the configuration every function needs', () => {
    expect(Object.keys(environmentOf('cleanup'))).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'PORTAL_ORIGIN', 'MAIL_FROM']),
    );
  });

  it('may only delete pending objects', () => {
    expect(grantsOf(template, 'cleanup', ['s3:'])).toEqual({ 's3:DeleteObject': ['Documents/pending/*'] });
  });

  it('queries GSI1 (pending uploads by age) and the pending postings, writes their items, without scans', () => {
    expect(grantsOf(template, 'cleanup', ['dynamodb:'])).toEqual({
      'dynamodb:Query': ['Table', 'Table/index/GSI1'],
      'dynamodb:GetItem': ['Table'],
      'dynamodb:PutItem': ['Table'],
      'dynamodb:DeleteItem': ['Table'],
      'dynamodb:BatchWriteItem': ['Table'],
    });
  });
});
