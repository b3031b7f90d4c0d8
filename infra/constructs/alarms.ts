import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface AlarmsProps {
  readonly api: HttpApi;
  readonly functions: Record<string, IFunction>;
}

const period = Duration.minutes(5);

/**
 * Alarms on what users would notice: the API answering 5xx, and functions failing or being
 * throttled. They have no action yet; subscribe a topic or chat channel when someone is on call.
 */
export class Alarms extends Construct {
  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    this.alarm(
      'Api5xx',
      props.api.metricServerError({ period, statistic: 'Sum' }),
      5,
      'The API answered 5xx at least 5 times in 5 minutes',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      this.alarm(
        `${name}Errors`,
        fn.metricErrors({ period, statistic: 'Sum' }),
        1,
        `The ${name} function failed (crash or timeout)`,
      );
      this.alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period, statistic: 'Sum' }),
        1,
        `The ${name} function was throttled`,
      );
    }
  }

  private alarm(id: string, metric: Metric, threshold: number, description: string): Alarm {
    return new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
  }
}
