import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { logPartition } from '#functions/data/audit.ts';
import { buildApp } from '#infra/app.ts';
import { alarmThresholds } from '#infra/constructs/alarms.ts';
import { onlyResource, portalFunction, testContext } from './support.ts';

let prod: Template;
let edgeAlarms: Template;

beforeAll(() => {
  const built = buildApp({ nag: false, validateTemplates: false, context: testContext('prod') });
  prod = Template.fromStack(built.stack);
  edgeAlarms = Template.fromStack(built.edgeAlarms);
});

type Alarm = { Properties: Record<string, unknown> };
const alarms = (template: Template) => Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Alarm[];

describe('alarms reach a person', () => {
  it('subscribes the stage’s alarm email to the alarm topic, in both regions', () => {
    for (const template of [prod, edgeAlarms]) {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'portal-alarms@bhr.example.org',
      });
    }
  });

  it('sends every alarm and its recovery to the topic of its region', () => {
    for (const template of [prod, edgeAlarms]) {
      const [topicId] = onlyResource(template, 'AWS::SNS::Topic');
      for (const alarm of alarms(template)) {
        expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
        expect(alarm.Properties.OKActions).toEqual([{ Ref: topicId }]);
      }
    }
  });

  it('alarms on API p99 latency, duration near the timeout, DynamoDB throttles and SES reputation', () => {
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: 'Latency',
      ExtendedStatistic: 'p99',
      Threshold: alarmThresholds.apiP99LatencyMs,
    });
    const [apiId] = portalFunction(prod, 'api');
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Duration',
      Statistic: 'Maximum',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: apiId } }],
      Threshold: 29_000 * 0.8,
    });
    const throttles = alarms(prod).find((alarm) =>
      JSON.stringify(alarm.Properties.Metrics ?? '').includes('ThrottleEvents'),
    );
    expect(JSON.stringify(throttles?.Properties.Metrics)).toMatch(/ReadThrottleEvents.*WriteThrottleEvents/);
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.BounceRate',
      Threshold: 0.05,
    });
    prod.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Reputation.ComplaintRate',
      Threshold: 0.001,
    });
  });

  it('alarms on the CloudFront 5xx rate in us-east-1, where CloudFront publishes it', () => {
    edgeAlarms.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/CloudFront',
      MetricName: '5xxErrorRate',
      Dimensions: Match.arrayWith([{ Name: 'Region', Value: 'Global' }]),
      Threshold: 5,
    });
  });

  it('shows the alarms’ metrics and the CloudFront rate on one dashboard', () => {
    const [, dashboard] = onlyResource(prod, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const metric of [
      '5xx',
      'Latency',
      'Errors',
      'Throttles',
      'Duration',
      'ApproximateNumberOfMessagesVisible',
      'ReadThrottleEvents',
      'Reputation.BounceRate',
      'Reputation.ComplaintRate',
      '5xxErrorRate',
      'SignIn',
      'UploadAccepted',
      'UploadRejected',
      'MailSent',
      'MailFailed',
      'EdgeInvalidationFailed',
      'RecommendationFollowFailed',
    ]) {
      expect(body, metric).toContain(metric);
    }
  });
});

describe('safe deploys', () => {
  it('invokes the API through a live alias of a published version', () => {
    const [apiId] = portalFunction(prod, 'api');
    const [aliasId] = onlyResource(prod, 'AWS::Lambda::Alias', { Name: 'live', FunctionName: { Ref: apiId } });
    prod.hasResourceProperties('AWS::ApiGatewayV2::Integration', { IntegrationUri: { Ref: aliasId } });
  });

  it('shifts traffic 10 % then the rest and rolls back on the API alarms', () => {
    const [, group] = onlyResource(prod, 'AWS::CodeDeploy::DeploymentGroup');
    expect(group.Properties.DeploymentConfigName).toMatch(/Canary10Percent5Minutes/);
    expect(group.Properties.AutoRollbackConfiguration).toMatchObject({
      Enabled: true,
      Events: expect.arrayContaining(['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM']),
    });
    const names = JSON.stringify((group.Properties.AlarmConfiguration as { Alarms: unknown[] }).Alarms);
    for (const alarm of ['Api5xx', 'ApiLatencyP99', 'ApiErrors']) expect(names).toContain(alarm);
    const [aliasId, alias] = onlyResource(prod, 'AWS::Lambda::Alias', { Name: 'live' });
    expect(aliasId).toBeDefined();
    expect(JSON.stringify(alias)).toContain('CodeDeployLambdaAliasUpdate');
  });
});

describe('audit log', () => {
  it('is append-only for the API: deleting or updating items of its partition is denied', () => {
    const [, api] = portalFunction(prod, 'api');
    const roleId = (api.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const [tableId] = onlyResource(prod, 'AWS::DynamoDB::Table');
    prod.hasResourceProperties('AWS::IAM::Policy', {
      Roles: Match.arrayWith([{ Ref: roleId }]),
      PolicyDocument: {
        Statement: Match.arrayWith([
          {
            Sid: 'AuditLogAppendOnly',
            Effect: 'Deny',
            Action: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
            Resource: { 'Fn::GetAtt': [tableId, 'Arn'] },
            Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${logPartition}*`] } },
          },
        ]),
      },
    });
  });
});
