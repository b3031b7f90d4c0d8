import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  readonly api: HttpApi;
  /** Functions by a short name used in alarm names and descriptions, with their timeouts. */
  readonly functions: Record<string, { fn: IFunction; timeout: Duration }>;
  /** Queues where failed asynchronous invocations end up; any message in one needs a look. */
  readonly failureQueues?: Record<string, IQueue>;
  readonly table: ITable;
  /** Who is told (an SNS email subscription; the address confirms it once). */
  readonly alarmEmail?: string;
  /** Alarm on the sending account's SES reputation (only where the stage sends real mail). */
  readonly mailReputation: boolean;
}

const period = Duration.minutes(5);

/** Thresholds; SES reviews an account at a 5 % bounce or 0.1 % complaint rate, so we hear first. */
export const alarmThresholds = {
  api5xx: 5,
  apiP99LatencyMs: 3000,
  /** Of a function's timeout, as its slowest invocation in 5 minutes. */
  durationShareOfTimeout: 0.8,
  sesBounceRate: 0.05,
  sesComplaintRate: 0.001,
} as const;

/**
 * Alarms on what users would notice, each sent to the stage's alarm topic, and a dashboard of
 * the same metrics. CodeDeploy rolls a deploy back on the API's (deploymentAlarms).
 */
export class Alarms extends Construct {
  readonly topic: Topic;
  /** The alarms a bad API release trips: 5xx, function errors, p99 latency. */
  readonly deploymentAlarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;
  private readonly widgets: GraphWidget[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Portal alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications name an alarm and a metric, no personal data; CloudWatch cannot publish to a topic under the AWS managed SNS key, and a customer managed key would cost more than the topic protects.',
    });
    Validations.of(this.topic).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        'An email subscription: SNS retries delivery itself, and an undelivered alarm email would land in a queue nobody reads; the alarm state stays on the dashboard.',
    });
    this.action = new SnsAction(this.topic);
    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `${Stack.of(this).stackName}-operations` });

    const serverErrors = props.api.metricServerError({ period, statistic: 'Sum' });
    this.deploymentAlarms.push(
      this.alarm('Api5xx', serverErrors, alarmThresholds.api5xx, 'The API answered 5xx at least 5 times in 5 minutes'),
    );
    const latency = props.api.metricLatency({ period, statistic: 'p99' });
    this.deploymentAlarms.push(
      this.alarm(
        'ApiLatencyP99',
        latency,
        alarmThresholds.apiP99LatencyMs,
        'The slowest 1 % of API answers took 3 s or more',
        3,
      ),
    );
    for (const [name, { fn, timeout }] of Object.entries(props.functions)) {
      const errors = this.alarm(
        `${name}Errors`,
        fn.metricErrors({ period, statistic: 'Sum' }),
        1,
        `The ${name} function failed (crash or timeout)`,
      );
      if (name === 'Api') this.deploymentAlarms.push(errors);
      this.alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period, statistic: 'Sum' }),
        1,
        `The ${name} function was throttled`,
      );
      const nearTimeout = timeout.toMilliseconds() * alarmThresholds.durationShareOfTimeout;
      this.alarm(
        `${name}NearTimeout`,
        fn.metricDuration({ period, statistic: 'Maximum' }),
        nearTimeout,
        `An invocation of the ${name} function took 80 % of its ${timeout.toSeconds()} s timeout`,
      );
    }
    for (const [name, queue] of Object.entries(props.failureQueues ?? {})) {
      const waiting = queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' });
      this.alarm(
        `${name}Failures`,
        waiting,
        1,
        `An invocation of the ${name} functions failed for good and waits in its queue`,
      );
    }
    const tableName = props.table.tableName;
    const throttled = new MathExpression({
      expression: 'reads + writes',
      usingMetrics: {
        reads: new Metric({
          namespace: 'AWS/DynamoDB',
          metricName: 'ReadThrottleEvents',
          dimensionsMap: { TableName: tableName },
          statistic: 'Sum',
          period,
        }),
        writes: new Metric({
          namespace: 'AWS/DynamoDB',
          metricName: 'WriteThrottleEvents',
          dimensionsMap: { TableName: tableName },
          statistic: 'Sum',
          period,
        }),
      },
      label: 'DynamoDB throttled requests',
      period,
    });
    this.alarm('TableThrottles', throttled, 1, 'DynamoDB throttled requests to the table');
    if (props.mailReputation) {
      const reputation = (metricName: string) =>
        new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
      this.alarm(
        'SesBounceRate',
        reputation('Reputation.BounceRate'),
        alarmThresholds.sesBounceRate,
        'SES bounce rate reached 5 % (SES reviews the account at 5 %, pauses at 10 %)',
      );
      this.alarm(
        'SesComplaintRate',
        reputation('Reputation.ComplaintRate'),
        alarmThresholds.sesComplaintRate,
        'SES complaint rate reached 0.1 % (SES reviews the account at 0.1 %)',
      );
    }
    this.dashboard.addWidgets(...this.widgets);
    // The business counts the functions write (functions/metrics.ts).
    const count = (metricName: string) =>
      new Metric({
        namespace: 'BhrPortal',
        metricName,
        dimensionsMap: { service: 'bhr-portal' },
        statistic: 'Sum',
        period,
      });
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Sign-ins', left: [count('SignIn')], width: 8 }),
      new GraphWidget({ title: 'Uploads', left: [count('UploadAccepted'), count('UploadRejected')], width: 8 }),
      new GraphWidget({ title: 'Mail', left: [count('MailSent'), count('MailFailed')], width: 8 }),
      // Public answers the edge kept after a change; each expires by its s-maxage (ARCHITECTURE.md, "Public reads from the edge").
      new GraphWidget({ title: 'Edge invalidations failed', left: [count('EdgeInvalidationFailed')], width: 8 }),
      // Published outcomes whose recommendations got no followed record; the next correction retries (ARCHITECTURE.md, "Recommendations followed through").
      new GraphWidget({ title: 'Recommendations not followed', left: [count('RecommendationFollowFailed')], width: 8 }),
    );
  }

  /** Puts a metric of another stack or region on the dashboard too (CloudFront's, from us-east-1). */
  addToDashboard(title: string, metric: IMetric): void {
    this.dashboard.addWidgets(new GraphWidget({ title, left: [metric], width: 12 }));
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.widgets.push(
      new GraphWidget({ title: description, left: [metric], leftAnnotations: [alarm.toAnnotation()], width: 12 }),
    );
    return alarm;
  }
}
