import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventsStack } from './support.ts';

let template: Template;

beforeAll(() => {
  template = Template.fromStack(eventsStack().stack);
});

describe('events (upload check)', () => {
  it('is invoked by S3 for objects created under the pending prefix', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          Match.objectLike({
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'pending/' }] } },
          }),
        ],
      },
    });
  });

  it('sends an invocation that still fails after two retries to the failures queue, which has an alarm', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
    });
  });

  it('gets the configuration every function needs', () => {
    const [uploadCheck] = Object.values(
      template.findResources('AWS::Lambda::Function', {
        Properties: { Description: Match.stringLikeRegexp('uploaded document') },
      }),
    ) as { Properties: { Environment: { Variables: Record<string, unknown> } } }[];
    expect(Object.keys(uploadCheck?.Properties.Environment.Variables ?? {})).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'BUCKET_NAME', 'PORTAL_ORIGIN', 'MAIL_FROM']),
    );
  });
});
