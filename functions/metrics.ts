import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Business counts as CloudWatch metrics (namespace BhrPortal), written by Powertools for AWS
 * Lambda's Metrics in the embedded metric format: a JSON line in the function's log that
 * CloudWatch turns into a metric, with no API call on the request path. The local stack sets
 * POWERTOOLS_METRICS_DISABLED, as there is no CloudWatch reading its output.
 */
export type PortalMetric =
  | 'SignIn'
  | 'UploadAccepted'
  | 'UploadRejected'
  | 'MailSent'
  | 'MailFailed'
  /** CloudFront refused to drop public answers a change made stale (functions/data/edge-cache.ts). */
  | 'EdgeInvalidationFailed'
  /** Published outcomes whose recommendations were not (yet) given followed records (functions/domain/outcomes.ts). */
  | 'RecommendationFollowFailed';

export const metricsNamespace = 'BhrPortal';

let metrics: Metrics | undefined;

/** Counts one event now (one EMF line), so no count waits for the end of an invocation. */
export function countMetric(name: PortalMetric): void {
  metrics ??= new Metrics({ namespace: metricsNamespace, serviceName: 'bhr-portal' });
  metrics.addMetric(name, MetricUnit.Count, 1);
  metrics.publishStoredMetrics();
}
