import { App, Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { AccessLogs } from '#infra/constructs/access-logs.ts';
import { Alarms } from '#infra/constructs/alarms.ts';
import { Api } from '#infra/constructs/api.ts';
import { Data } from '#infra/constructs/data.ts';
import { Events } from '#infra/constructs/events.ts';
import { featureFlags } from '#infra/feature-flags.ts';

/**
 * Context that makes CDK skip esbuild: Template assertions and cdk-nag read the CloudFormation,
 * not the bundle, and bundling would cost seconds per synthesis.
 */
export const skipBundling = { 'aws:cdk:bundling-stacks': [] };

/**
 * Every finding of the AwsSolutions and Serverless packs that no acknowledgement covers, one
 * line each (rule, level, construct path, description), so a failing test lists them all.
 * The packs skip acknowledged findings themselves, exactly as they do during `cdk synth`.
 */
export function unacknowledgedFindings(scope: IConstruct): string[] {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack
      .validateScope(scope)
      .violations.flatMap((violation) =>
        violation.violatingResources.map(
          (resource) =>
            `${violation.ruleName} (${violation.severity}) at ${resource.constructPath}: ${violation.description}`,
        ),
      ),
  );
}

/**
 * The events function group with what it needs around it, wired as the portal stack will wire
 * it; until functions/events/upload-check.ts exists, a stub stands in for the handler.
 */
export function eventsStack(): { app: App; stack: Stack } {
  const app = new App({ context: { ...featureFlags, ...skipBundling }, builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'EventsOnly');
  const data = new Data(stack, 'Data', { accessLogs: new AccessLogs(stack, 'AccessLogs').bucket });
  const events = new Events(stack, 'Events', {
    table: data.table,
    documents: data.documents,
    portalOrigin: 'https://portal.example.org',
    mailFrom: 'no-reply@example.org',
    uploadCheckEntry: 'test/infra/fixtures/upload-check-stub.ts',
  });
  const api = new Api(stack, 'Api', { table: data.table, documents: data.documents, mailFrom: 'no-reply@example.org' });
  new Alarms(stack, 'Alarms', {
    api: api.httpApi,
    functions: { UploadCheck: events.uploadCheck },
    failureQueues: { UploadCheck: events.failures },
  });
  return { app, stack };
}
