import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

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
