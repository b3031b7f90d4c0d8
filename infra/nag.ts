import { Stack, Validations } from 'aws-cdk-lib';
// cdk-nag's own naming of a CloudFormation reference, so acknowledgements match its findings exactly.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges AwsSolutions-IAM5 for one wildcard resource ARN granted to `grantee`, e.g. a
 * bucket's `arnForObjects('*')`. cdk-nag names the finding after the resolved ARN
 * (`Resource::<DocumentsBucket1234.Arn>/*`, with the region literal when the stack has one), so the
 * name is computed here rather than copied, and the acknowledgement covers that ARN and no other.
 */
export function acknowledgeWildcardResource(grantee: IConstruct, arn: string, reason: string): void {
  const finding = flattenCfnReference(Stack.of(grantee).resolve(arn));
  Validations.of(grantee).acknowledge({ id: `AwsSolutions-IAM5[Resource::${finding}]`, reason });
}

/** Acknowledges AwsSolutions-IAM5 for each wildcard action, with one reason for them all. */
export function acknowledgeWildcardActions(grantee: IConstruct, actions: readonly string[], reason: string): void {
  for (const action of actions) {
    Validations.of(grantee).acknowledge({ id: `AwsSolutions-IAM5[Action::${action}]`, reason });
  }
}
