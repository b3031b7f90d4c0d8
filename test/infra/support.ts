import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
// cdk-nag's own naming of a CloudFormation reference, e.g. `<DataDocuments1234.Arn>/pending/*`.
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import type { IConstruct } from 'constructs';
import { expect } from 'vitest';
import { buildApp } from '#infra/app.ts';

/**
 * Context that makes CDK skip esbuild: Template assertions and cdk-nag read the CloudFormation,
 * not the bundle, and bundling would cost seconds per synthesis.
 */
export const skipBundling = { 'aws:cdk:bundling-stacks': [] };

/** The stages of cdk.json, which the CLI reads and in-memory synthesis does not. */
export const cdkJsonContext = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context as {
  stages: Record<string, Record<string, unknown>>;
};

/** Context for synthesizing a stage in a test: cdk.json's stages, no bundling, a placeholder site. */
export function testContext(stage: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...skipBundling, stages: cdkJsonContext.stages, stage, placeholderSite: true, ...extra };
}

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

/** The portal stack's template of a stage (default: cdk.json's example prod), without cdk-nag or CloudFormation validation (fast). */
export function portalTemplate(stage = 'prod', extra: Record<string, unknown> = {}): Template {
  const { stack } = buildApp({ nag: false, validateTemplates: false, context: testContext(stage, extra) });
  return Template.fromStack(stack);
}

/** The us-east-1 stack's template of a stage (default: prod). */
export function edgeTemplate(stage = 'prod'): Template {
  const { edge } = buildApp({ nag: false, validateTemplates: false, context: testContext(stage) });
  if (!edge) throw new Error(`Stage ${stage} has no edge stack`);
  return Template.fromStack(edge);
}

export type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };

/** The logical id and resource of the one resource of a type with these properties. */
export function onlyResource(
  template: Template,
  type: string,
  properties: Record<string, unknown> = {},
): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: Match.objectLike(properties) }));
  expect(found, `exactly one ${type} like ${JSON.stringify(properties)}`).toHaveLength(1);
  return found[0] as [string, Resource];
}

/** The portal's functions, each found by a phrase of its description. */
export const portalFunctions = {
  api: 'every /api route',
  uploadCheck: 'Checks an uploaded document',
  cleanup: 'Hourly: rejects document uploads',
} as const;

export function portalFunction(template: Template, name: keyof typeof portalFunctions): [string, Resource] {
  return onlyResource(template, 'AWS::Lambda::Function', {
    Description: Match.stringLikeRegexp(portalFunctions[name]),
  });
}

/**
 * What a function's role may do, by action, each with the resources it names (sorted), written
 * the way cdk-nag writes them with the logical ids of the table and the documents bucket
 * shortened: `Table/index/GSI1`, `Documents/pending/*`. Only statements whose actions start with
 * one of `prefixes` are kept.
 */
export function grantsOf(template: Template, name: keyof typeof portalFunctions, prefixes: string[]) {
  const [, fn] = portalFunction(template, name);
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
  const [documentsId] = onlyResource(template, 'AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
  ) as Resource[];
  const grants: Record<string, string[]> = {};
  for (const policy of policies) {
    const document = policy.Properties.PolicyDocument as {
      Statement: { Effect: string; Action: string | string[]; Resource: unknown }[];
    };
    for (const statement of document.Statement) {
      // Denies are asserted on their own (the audit log's, test/infra/operations.test.ts).
      if (statement.Effect === 'Deny') continue;
      expect(statement.Effect).toBe('Allow');
      const resources = [statement.Resource]
        .flat()
        .map((resource) =>
          flattenCfnReference(resource)
            .replace(`<${tableId}.Arn>`, 'Table')
            .replace(`<${documentsId}.Arn>`, 'Documents'),
        );
      for (const action of [statement.Action].flat()) {
        if (!prefixes.some((prefix) => action.startsWith(prefix))) continue;
        grants[action] = [...new Set([...(grants[action] ?? []), ...resources])].sort();
      }
    }
  }
  return grants;
}

/**
 * A CloudFormation string value as text, references written as `<Ref>` or `<Id.Attribute>`, e.g.
 * a content security policy built with Fn::Join around the stack's region.
 */
export function flatten(value: unknown): string {
  return flattenCfnReference(value);
}
