import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, type Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  readonly api: HttpApi;
  /** Functions by a short name used in alarm names and descriptions. */
  readonly functions: Record<string, IFunction>;
  /** Queues where failed asynchronous invocations end up; any message in one needs a look. */
  readonly failureQueues?: Record<string, IQueue>;
}

const period = Duration.minutes(5);

/**
 * Alarms on what users would notice: the API answering 5xx, functions failing or being
 * throttled, failed events piling up. They have no action yet; add a topic or chat channel
 * when someone is on call.
 */
export class Alarms extends Construct {
  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);

    const serverErrors = props.api.metricServerError({ period, statistic: 'Sum' });
    this.alarm('Api5xx', serverErrors, 5, 'The API answered 5xx at least 5 times in 5 minutes');
    for (const [name, fn] of Object.entries(props.functions)) {
      const errors = fn.metricErrors({ period, statistic: 'Sum' });
      this.alarm(`${name}Errors`, errors, 1, `The ${name} function failed (crash or timeout)`);
      const throttles = fn.metricThrottles({ period, statistic: 'Sum' });
      this.alarm(`${name}Throttles`, throttles, 1, `The ${name} function was throttled`);
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
