import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalTemplate, type Resource } from './support.ts';

/**
 * Tracing (ARCHITECTURE.md, "Production"): every function of the portal runs with X-Ray active
 * and may write its segments, so the SDK clients the Powertools Tracer captures
 * (functions/data/tracing.ts) show in one trace per request or event.
 */
const functionsByDescription = {
  api: 'every /api route',
  'upload check': 'Checks an uploaded document',
  cleanup: 'Hourly: rejects document uploads',
  'mail worker': 'Mail worker',
  'mail feedback': 'Mail feedback',
  reminders: 'reminder of each scheduled session',
};

let template: Template;
beforeAll(() => {
  template = portalTemplate();
});

function functionNamed(phrase: string): Resource {
  const found = Object.values(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp(phrase) },
    }),
  ) as Resource[];
  expect(found).toHaveLength(1);
  return found[0] as Resource;
}

function roleActions(fn: Resource): string[] {
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy', { Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) } }),
  ) as Resource[];
  return policies.flatMap((policy) =>
    (
      policy.Properties.PolicyDocument as { Statement: Array<{ Effect: string; Action: string | string[] }> }
    ).Statement.filter((statement) => statement.Effect === 'Allow').flatMap((statement) => [statement.Action].flat()),
  );
}

describe('tracing', () => {
  it.each(Object.entries(functionsByDescription))('traces the %s function with X-Ray', (_name, phrase) => {
    const fn = functionNamed(phrase);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(roleActions(fn)).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
  });
});
