import { Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { edgeRegion } from './edge-stack.ts';
import type { Stage } from './stages.ts';

export interface EdgeAlarmsStackProps extends StackProps {
  readonly stage: Stage;
  readonly distributionId: string;
}

/** Percentage of viewer requests answered 5xx in 5 minutes, for three periods in a row. */
export const cloudFront5xxRatePercent = 5;

/** CloudFront's metric for the portal's distribution (it publishes them in us-east-1 only). */
export function cloudFront5xxRate(distributionId: string): Metric {
  return new Metric({
    namespace: 'AWS/CloudFront',
    metricName: '5xxErrorRate',
    dimensionsMap: { DistributionId: distributionId, Region: 'Global' },
    statistic: 'Average',
    period: Duration.minutes(5),
    region: edgeRegion,
  });
}

/**
 * CloudWatch alarms live in the region of their metric, and an alarm notifies a topic of its
 * own region; so the CloudFront alarm and a second topic for the same address are here.
 */
export class EdgeAlarmsStack extends Stack {
  constructor(scope: Construct, id: string, props: EdgeAlarmsStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.stage.account, region: edgeRegion },
      crossRegionReferences: true,
    });
    const topic = new Topic(this, 'Topic', { displayName: 'Portal alarms (CloudFront)', enforceSSL: true });
    if (props.stage.alarmEmail) topic.addSubscription(new EmailSubscription(props.stage.alarmEmail));
    Validations.of(topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications name an alarm and a metric, no personal data; CloudWatch cannot publish to a topic under the AWS managed SNS key.',
    });
    Validations.of(topic).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        'An email subscription: SNS retries delivery itself, and an undelivered alarm email would land in a queue nobody reads; the alarm state stays on the dashboard.',
    });
    const alarm = new Alarm(this, 'CloudFront5xxRate', {
      metric: cloudFront5xxRate(props.distributionId),
      threshold: cloudFront5xxRatePercent,
      evaluationPeriods: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: '5 % or more of the portal’s answers at the edge were 5xx for 15 minutes',
    });
    alarm.addAlarmAction(new SnsAction(topic));
    alarm.addOkAction(new SnsAction(topic));
  }
}
