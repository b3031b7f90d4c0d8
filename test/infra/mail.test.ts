import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailStreamFilter } from '#functions/events/mail-stream-filter.ts';
import { grantsOf, onlyResource, portalFunction, portalTemplate, type Resource } from './support.ts';

let template: Template;

beforeAll(() => {
  template = portalTemplate();
});

const byDescription = (phrase: string) =>
  onlyResource(template, 'AWS::Lambda::Function', { Description: Match.stringLikeRegexp(phrase) });

function policyActions(roleId: string): Array<{ Action: string | string[]; Resource: unknown; Condition?: unknown }> {
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
  ) as Resource[];
  return policies.flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: never[] }).Statement);
}

const roleOf = (fn: Resource) => (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
const sends = (statement: { Action: string | string[] }) => [statement.Action].flat().includes('ses:SendEmail');

describe('mail worker', () => {
  it('is fed by the table stream, filtered to outbox messages with work left, with its batch and concurrency', () => {
    const [workerId, worker] = byDescription('Mail worker');
    const [tableId, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(worker.Properties.ReservedConcurrentExecutions).toBe(1);
    expect((worker.Properties.Environment as { Variables: Record<string, string> }).Variables.MAIL_SEND_RATE).toBe(
      '12',
    );
    const [, mapping] = onlyResource(template, 'AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: workerId },
    });
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      ParallelizationFactor: 1,
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const filters = (mapping.Properties.FilterCriteria as { Filters: Array<{ Pattern: string }> }).Filters;
    expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual([mailStreamFilter]);
  });

  it('sends records that still fail to a dead-letter queue, with an alarm on it', () => {
    const [workerId] = byDescription('Mail worker');
    const [, mapping] = onlyResource(template, 'AWS::Lambda::EventSourceMapping', { FunctionName: { Ref: workerId } });
    const destination = (
      mapping.Properties.DestinationConfig as { OnFailure: { Destination: { 'Fn::GetAtt': [string, string] } } }
    ).OnFailure.Destination['Fn::GetAtt'][0];
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [destination, 'QueueName'] } }],
      Threshold: 1,
    });
  });

  it('has a configuration set whose bounces and complaints reach the feedback handler through EventBridge', () => {
    const [setId] = onlyResource(template, 'AWS::SES::ConfigurationSet');
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: setId },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint']),
        EventBridgeDestination: Match.anyValue(),
      }),
    });
    const [feedbackId] = byDescription('Mail feedback');
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: Match.objectLike({
        source: ['aws.ses'],
        'detail-type': ['Email Bounced', 'Email Complaint Received'],
      }),
      Targets: Match.arrayWith([Match.objectLike({ Arn: { 'Fn::GetAtt': [feedbackId, 'Arn'] } })]),
    });
  });

  it('runs the reminders hourly, allowed to write a reminder only beside a check of the session', () => {
    const [remindersId, reminders] = byDescription('Hourly: writes the reminder');
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 hour)',
      Targets: Match.arrayWith([Match.objectLike({ Arn: { 'Fn::GetAtt': [remindersId, 'Arn'] } })]),
    });
    const actions = policyActions(roleOf(reminders)).flatMap((s) => [s.Action].flat());
    expect(actions.filter((a) => a.startsWith('dynamodb:')).sort()).toEqual([
      'dynamodb:ConditionCheckItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
    ]);
    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it('lets only the worker send through the configuration set; the API keeps the sign-in sender alone', () => {
    const [, worker] = byDescription('Mail worker');
    const [, api] = portalFunction(template, 'api');
    const [setId] = onlyResource(template, 'AWS::SES::ConfigurationSet');
    const mentionsSet = (statement: { Resource: unknown }) => JSON.stringify(statement.Resource).includes(setId);
    const workerSends = policyActions(roleOf(worker)).filter(sends);
    expect(workerSends.some(mentionsSet)).toBe(true);
    expect(workerSends.every((s) => JSON.stringify(s.Condition).includes('ses:FromAddress'))).toBe(true);
    const apiSends = policyActions(roleOf(api)).filter(sends);
    expect(apiSends.some(mentionsSet)).toBe(false);
    // Nothing else may send: the upload check, the cleanup and the feedback handler have no SES action.
    for (const name of ['uploadCheck', 'cleanup'] as const) {
      expect(Object.keys(grantsOf(template, name, ['ses:']))).toEqual([]);
    }
    const [, feedback] = byDescription('Mail feedback');
    expect(policyActions(roleOf(feedback)).filter(sends)).toEqual([]);
    // The worker reads the stream (the event source mapping's grant) and no table action beyond its own.
    const workerTable = policyActions(roleOf(worker))
      .flatMap((s) => [s.Action].flat())
      .filter((action) => action.startsWith('dynamodb:'));
    expect(workerTable).not.toContain('dynamodb:Scan');
    expect(workerTable).not.toContain('dynamodb:DeleteItem');
  });
});
